import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** ajv 8 ships no formats of its own; the report uses only date-time. */
export const isDateTime = (text: string): boolean => ISO_DATE_TIME.test(text) && !Number.isNaN(Date.parse(text));

export const reportSchemaValidator = (): ValidateFunction => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date-time', isDateTime);
  return ajv.compile(JSON.parse(readFileSync(path.join(ROOT, 'docs', 'report.schema.json'), 'utf8')));
};
