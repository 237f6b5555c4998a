import { isJsonObject, parseJson, type JsonValue } from '../json.ts';
import { findEntrySpans, type EntrySpan } from './entry-spans.ts';
import { createHarEntryReader, type HarImportOk } from './import.ts';
import { objectAt } from './json-read.ts';

/** The text of bytes [start, end) of the file, decoded as UTF-8 (bad sequences become U+FFFD, as JSON.parse's caller decodes them). */
export type DecodeUtf8 = (start: number, end: number) => string;

/** A decoder over any bytes; a byte order mark is content here (only the file's first one is not, and is skipped before). */
export const utf8Decoder = (bytes: Uint8Array): DecodeUtf8 => {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return (start, end) => decoder.decode(bytes.subarray(start, end));
};

/** A piece of the file as JSON, or undefined when it is not valid JSON (or too long to be one string). */
const parsePiece = (decode: () => string): JsonValue | undefined => {
  try {
    return parseJson(decode());
  } catch {
    return undefined;
  }
};

/** The entry's text with each body string replaced by `null`: the importer never reads `content.text`. */
const entryText = (span: EntrySpan, decode: DecodeUtf8): string => {
  let text = '';
  let from = span.start;
  for (const body of span.bodies) {
    text += `${decode(from, body.start)}null`;
    from = body.end;
  }
  return text + decode(from, span.end);
};

/**
 * Imports a HAR file from its bytes: the document without its entries is parsed, then one entry at a
 * time without its response body, so that at most one entry's text and tree are alive beside the bytes
 * and no body is ever decoded. Null when the file must be parsed whole instead, which then names the
 * error: the entries were not located, or a piece is not valid JSON. When this succeeds the whole file
 * is valid JSON and its import gives the same exchanges.
 */
export const importHarBytes = (bytes: Uint8Array, decode: DecodeUtf8 = utf8Decoder(bytes)): HarImportOk | null => {
  const spans = findEntrySpans(bytes);
  if (spans.kind === 'not-found') return null;
  const { jsonText, entriesArray } = spans;
  const skeleton = parsePiece(() => `${decode(jsonText.start, entriesArray.start)}[]${decode(entriesArray.end, jsonText.end)}`);
  const log = skeleton !== undefined && isJsonObject(skeleton) ? objectAt(skeleton, 'log') : null;
  if (log === null) return null;
  const reader = createHarEntryReader();
  reader.version(log['version']);
  reader.pages(log['pages']);
  for (const span of spans.entries) {
    const entry = parsePiece(() => entryText(span, decode));
    if (entry === undefined) return null;
    reader.entry(entry);
  }
  return reader.finish();
};
