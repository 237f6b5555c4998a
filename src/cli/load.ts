import { readFileSync } from 'node:fs';
import { harErrorMessage } from '../core/har/har-issues.ts';
import { importHarBytes } from '../core/har/import-bytes.ts';
import { importHar, type HarImport, type HarImportOk } from '../core/har/import.ts';
import type { JsonValue } from '../core/json.ts';
import type { MessageRef } from '../core/i18n/message-ref.ts';
import type { Translate } from '../core/i18n/translate.ts';
import type { Progress } from './progress.ts';

/** A failure is one line for stderr, already in the user's language. */
export type Loaded =
  | { readonly kind: 'ok'; readonly har: HarImportOk }
  | { readonly kind: 'error'; readonly line: string };

const BYTE_ORDER_MARK = 0xfeff;

const errorCodeOf = (error: unknown): string =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'EIO';

const readError = (file: string, error: unknown): MessageRef => {
  const code = errorCodeOf(error);
  if (code === 'ENOENT') return { key: 'cli_error_file_not_found', args: [file] };
  if (code === 'EISDIR') return { key: 'cli_error_file_is_directory', args: [file] };
  if (code === 'ERR_STRING_TOO_LONG') return { key: 'cli_error_file_too_large', args: [file] };
  return { key: 'cli_error_file_unreadable', args: [file, code] };
};

/** Line and column (1-based) of a character offset, for an error a person can find in an editor. */
const lineAndColumn = (text: string, offset: number): readonly [number, number] => {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return [line, offset - lineStart + 1];
};

const jsonError = (file: string, text: string, error: unknown): MessageRef => {
  const message = error instanceof Error ? error.message : '';
  const position = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
  // V8 says "end of JSON input", or names a position past the last non-blank character, for a cut-off file.
  if (message.includes('end of JSON input') || position >= text.trimEnd().length) return { key: 'cli_error_invalid_json_end', args: [file] };
  if (Number.isNaN(position)) return { key: 'cli_error_invalid_json_other', args: [file] };
  const [line, column] = lineAndColumn(text, position);
  return { key: 'cli_error_invalid_json', args: [file, String(line), String(column)] };
};

type Parsed = { readonly kind: 'ok'; readonly doc: JsonValue } | { readonly kind: 'error'; readonly message: MessageRef };

/**
 * Decodes and parses in one function, so the file's text is unreachable as soon as JSON.parse returns and
 * the text and the tree are never both kept alive.
 */
const parseWhole = (file: string, bytes: Buffer): Parsed => {
  let text: string;
  try {
    text = bytes.toString('utf8');
  } catch (error) {
    return { kind: 'error', message: readError(file, error) };
  }
  if (text.charCodeAt(0) === BYTE_ORDER_MARK) text = text.slice(1);
  try {
    // The boundary where file content becomes typed: JSON.parse yields only JSON values.
    return { kind: 'ok', doc: JSON.parse(text) as JsonValue };
  } catch (error) {
    return { kind: 'error', message: jsonError(file, text, error) };
  }
};

const importWhole = (file: string, bytes: Buffer): HarImport | { readonly kind: 'invalid'; readonly message: MessageRef } => {
  const parsed = parseWhole(file, bytes);
  if (parsed.kind === 'error') return { kind: 'invalid', message: parsed.message };
  return importHar(parsed.doc);
};

const readBytes = (file: string): { readonly kind: 'ok'; readonly bytes: Buffer } | { readonly kind: 'error'; readonly message: MessageRef } => {
  try {
    return { kind: 'ok', bytes: readFileSync(file) };
  } catch (error) {
    return { kind: 'error', message: readError(file, error) };
  }
};

export const loadHar = (file: string, t: Translate, progress: Progress): Loaded => {
  progress.step('cli_progress_reading', [file]);
  const read = readBytes(file);
  if (read.kind === 'error') return { kind: 'error', line: t(read.message.key, read.message.args) };
  progress.step('cli_progress_parsing', []);
  const { bytes } = read;
  const har = importHarBytes(bytes, (start, end) => bytes.toString('utf8', start, end)) ?? importWhole(file, bytes);
  if (har.kind === 'ok') return { kind: 'ok', har };
  if (har.kind === 'invalid') return { kind: 'error', line: t(har.message.key, har.message.args) };
  const reason = harErrorMessage(har.error);
  return { kind: 'error', line: t('cli_error_not_har', [file, t(reason.key, reason.args)]) };
};
