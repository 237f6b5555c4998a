import { parseJson, type JsonValue } from '../json.ts';
import type { HarError } from './har-issues.ts';
import { importHarBytes, utf8Decoder, type DecodeUtf8 } from './import-bytes.ts';
import { importHar, type HarImportOk } from './import.ts';

/** Why a file's text is not JSON: cut off, wrong at a place a person can find in an editor, or otherwise. */
export type JsonProblem =
  | { readonly kind: 'ends-early' }
  | { readonly kind: 'at'; readonly line: number; readonly column: number }
  | { readonly kind: 'other' };

export type HarLoad =
  | { readonly kind: 'ok'; readonly har: HarImportOk }
  | { readonly kind: 'not-json'; readonly problem: JsonProblem }
  /** Too long to be one string in this JavaScript engine: it cannot be parsed whole. */
  | { readonly kind: 'too-large' }
  | { readonly kind: 'not-har'; readonly error: HarError };

const BYTE_ORDER_MARK = 0xfeff;

/** Line and column (1-based) of a character offset. */
const lineAndColumn = (text: string, offset: number): { readonly line: number; readonly column: number } => {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
};

const jsonProblem = (text: string, error: unknown): JsonProblem => {
  const message = error instanceof Error ? error.message : '';
  const position = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
  // V8 says "end of JSON input", or names a position past the last non-blank character, for a cut-off file.
  if (message.includes('end of JSON input') || position >= text.trimEnd().length) return { kind: 'ends-early' };
  if (Number.isNaN(position)) return { kind: 'other' };
  return { kind: 'at', ...lineAndColumn(text, position) };
};

/**
 * Decodes and parses in one function, so the file's text is unreachable as soon as JSON.parse returns and
 * the text and the tree are never both kept alive. A byte order mark (Fiddler writes one) is skipped.
 */
const loadWhole = (bytes: Uint8Array, decode: DecodeUtf8): HarLoad => {
  let text: string;
  try {
    text = decode(0, bytes.length);
  } catch {
    // Decoding past the engine's longest string throws; nothing else does.
    return { kind: 'too-large' };
  }
  if (text.charCodeAt(0) === BYTE_ORDER_MARK) text = text.slice(1);
  let doc: JsonValue;
  try {
    doc = parseJson(text);
  } catch (error) {
    return { kind: 'not-json', problem: jsonProblem(text, error) };
  }
  const imported = importHar(doc);
  return imported.kind === 'ok' ? { kind: 'ok', har: imported } : { kind: 'not-har', error: imported.error };
};

/**
 * The one way a HAR file's bytes become exchanges, for the CLI and the panel alike: entry by entry, bodies
 * skipped unread, when the file is a well-formed HAR; else parsed whole, which names what is wrong.
 */
export const loadHarBytes = (bytes: Uint8Array, decode: DecodeUtf8 = utf8Decoder(bytes)): HarLoad => {
  const byEntry = importHarBytes(bytes, decode);
  return byEntry === null ? loadWhole(bytes, decode) : { kind: 'ok', har: byEntry };
};
