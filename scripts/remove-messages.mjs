#!/usr/bin/env node
// Removes catalog keys from every locale: node scripts/remove-messages.mjs KEY...
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const keys = new Set(process.argv.slice(2));
const root = new URL('../public/_locales/', import.meta.url);
for (const locale of readdirSync(root)) {
  const path = new URL(`${locale}/messages.json`, root);
  const catalog = JSON.parse(readFileSync(path, 'utf8'));
  const kept = Object.fromEntries(Object.entries(catalog).filter(([key]) => !keys.has(key)));
  const tmp = `${path.pathname}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(kept, null, 2)}\n`);
  renameSync(tmp, path);
}
