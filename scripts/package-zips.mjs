#!/usr/bin/env node
// Packs dist/chrome and dist/firefox into store-ready zips (dist/crumbtrail-<target>-<version>.zip), each
// folder's contents at the zip root. Pure Node (zlib), so a clean machine needs no `zip`. Entries are
// sorted and dated 1980-01-01, so the same build gives the same bytes. The Chrome package leaves out
// the manifest's `key`: it only pins the id of unpacked builds, and the Chrome Web Store refuses it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const UNIX_REGULAR_FILE_644 = 0o100644 * 0x10000;
const MADE_BY_UNIX_V2 = (3 << 8) | 20;

const filesUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

const storeManifest = (target, bytes) => {
  if (target !== 'chrome') return bytes;
  const manifest = JSON.parse(bytes.toString('utf8'));
  delete manifest.key;
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
};

const localHeader = (entry) => {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(0, 10);
  header.writeUInt16LE(DOS_DATE_1980_01_01, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.data.length, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, entry.name]);
};

const centralHeader = (entry) => {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(MADE_BY_UNIX_V2, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(UTF8_NAMES, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(0, 12);
  header.writeUInt16LE(DOS_DATE_1980_01_01, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.data.length, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt32LE(UNIX_REGULAR_FILE_644, 38);
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
};

const endOfCentralDirectory = (count, size, offset) => {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
};

/** Deflated where that is smaller, stored otherwise (PNGs are compressed already). */
const zipEntry = (name, bytes) => {
  const deflated = deflateRawSync(bytes, { level: 9 });
  const stored = deflated.length >= bytes.length;
  return {
    name: Buffer.from(name, 'utf8'),
    method: stored ? 0 : 8,
    crc: crc32(bytes),
    size: bytes.length,
    data: stored ? bytes : deflated,
  };
};

const zip = (files) => {
  const parts = [];
  const entries = [];
  let offset = 0;
  for (const { name, bytes } of files) {
    const entry = { ...zipEntry(name, bytes), offset };
    const local = Buffer.concat([localHeader(entry), entry.data]);
    parts.push(local);
    entries.push(entry);
    offset += local.length;
  }
  const central = Buffer.concat(entries.map(centralHeader));
  return Buffer.concat([...parts, central, endOfCentralDirectory(entries.length, central.length, offset)]);
};

for (const target of ['chrome', 'firefox']) {
  const root = join(DIST, target);
  const { version } = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const files = filesUnder(root).map((path) => {
    const name = relative(root, path).split(sep).join('/');
    const bytes = readFileSync(path);
    return { name, bytes: name === 'manifest.json' ? storeManifest(target, bytes) : bytes };
  });
  const out = join(DIST, `crumbtrail-${target}-${version}.zip`);
  writeFileSync(out, zip(files));
  console.log(`${relative(process.cwd(), out)}: ${files.length} files`);
}
