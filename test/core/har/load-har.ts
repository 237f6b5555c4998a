import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JsonValue } from '../../../src/core/json.ts';
import { importHar, type HarImport } from '../../../src/core/har/import.ts';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

export const FIXTURES = path.join(root, 'test', 'fixtures', 'har');
export const REAL_HARS = path.resolve(root, '..', 'shared', 'corpora', 'har-real');

/** Reads a HAR as the CLI does: UTF-8, byte order mark stripped, then JSON.parse. */
export const readJson = (file: string): JsonValue => {
  const parsed: JsonValue = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  return parsed;
};

export const importFile = (file: string): HarImport => importHar(readJson(file));

export type HarImportOk = Extract<HarImport, { kind: 'ok' }>;

export const importOk = (file: string): HarImportOk => {
  const imported = importFile(file);
  if (imported.kind !== 'ok') throw new Error(`${file}: ${imported.error.kind}`);
  return imported;
};

export const fixture = (name: string): string => path.join(FIXTURES, name);
export const realHar = (name: string): string => path.join(REAL_HARS, name);
