#!/usr/bin/env node
// Draws the toolbar icon (a bitten cookie leaving a trail of crumbs) as PNGs in public/icons.
// Usage: node scripts/make-icons.mjs. Pure Node: shapes are sampled 8x8 per pixel and written with zlib.
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SAMPLES = 8;

// Painted in order, later over earlier; coordinates are fractions of the icon's side.
const DOUGH = [217, 160, 91];
const CRUST = [170, 108, 48];
const CHIP = [84, 52, 26];
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const bite = circle(0.97, 0.08, 0.22);
const biscuit = (r) => (x, y) => circle(0.57, 0.43, r)(x, y) && !bite(x, y);
const LAYERS = [
  { color: CRUST, inside: biscuit(0.41) },
  { color: DOUGH, inside: biscuit(0.35) },
  { color: CHIP, inside: circle(0.44, 0.31, 0.065) },
  { color: CHIP, inside: circle(0.67, 0.5, 0.065) },
  { color: CHIP, inside: circle(0.46, 0.6, 0.055) },
  { color: CHIP, inside: circle(0.72, 0.28, 0.05) },
  { color: CRUST, inside: circle(0.2, 0.86, 0.07) },
  { color: CRUST, inside: circle(0.06, 0.94, 0.05) },
];

const colorAt = (x, y) => LAYERS.findLast((layer) => layer.inside(x, y))?.color ?? null;

const pixels = (size) => {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py += 1) {
    const row = py * (size * 4 + 1);
    rows[row] = 0; // filter: none
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const color = colorAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (color === null) continue;
          covered += 1;
          color.forEach((c, i) => (sum[i] += c));
        }
      }
      const at = row + 1 + px * 4;
      sum.forEach((c, i) => (rows[at + i] = covered === 0 ? 0 : Math.round(c / covered)));
      rows[at + 3] = Math.round((255 * covered) / SAMPLES ** 2);
    }
  }
  return rows;
};

const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

const png = (size) => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter set, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

for (const size of SIZES) writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), png(size));
