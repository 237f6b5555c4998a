#!/usr/bin/env node
// Merges a fragment { "en": { key: entry }, "ko": { key: entry } } into public/_locales/*/messages.json,
// keeping keys sorted so that concurrent edits and diffs stay small. Usage: node scripts/merge-messages.mjs FILE
import { readFileSync, writeFileSync, renameSync } from 'node:fs';

const fragment = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const [locale, entries] of Object.entries(fragment)) {
  const path = new URL(`../public/_locales/${locale}/messages.json`, import.meta.url);
  const catalog = { ...JSON.parse(readFileSync(path, 'utf8')), ...entries };
  const sorted = Object.fromEntries(Object.keys(catalog).sort().map((k) => [k, catalog[k]]));
  const tmp = `${path.pathname}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(sorted, null, 2)}\n`);
  renameSync(tmp, path);
}
