import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importHar, type HarImportOk } from '../../../src/core/har/import.ts';
import type { JsonValue } from '../../../src/core/json.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'har');

export const loadFixture = (name: string): HarImportOk => {
  const text = readFileSync(path.join(FIXTURES, name), 'utf8').replace(/^\uFEFF/, '');
  const imported = importHar(JSON.parse(text) as JsonValue);
  if (imported.kind !== 'ok') throw new Error(`${name} is not a HAR: ${imported.error.kind}`);
  return imported;
};
