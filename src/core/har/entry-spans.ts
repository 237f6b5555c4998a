/**
 * Where each entry of a HAR file's `log.entries` lies in the file's UTF-8 bytes, and where its response
 * body text lies, found without parsing or decoding the file: each entry can then be decoded and parsed
 * alone and without its body, so a large HAR never becomes one string and one tree, and the bodies (most
 * of its bytes, never read by the audit) are never decoded at all. The rest of the file (the document with
 * the entries cut out) is small and is parsed once.
 */
import {
  BROKEN,
  jsonBytes,
  keyBytes,
  matchKey,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  readElements,
  readMembers,
  skipWhitespace,
  valueEnd,
  type ByteSpan,
  type ElementReader,
  type JsonBytes,
  type MemberReader,
} from './json-bytes.ts';

export type { ByteSpan } from './json-bytes.ts';

/** One element of `log.entries`, without surrounding whitespace. */
export interface EntrySpan extends ByteSpan {
  /**
   * Its `response.content.text` strings, in file order (one, or none; more only with repeated keys). Each
   * was checked to be a valid JSON string, so leaving it out changes nothing JSON.parse would say.
   */
  readonly bodies: readonly ByteSpan[];
}

/**
 * Why the entries were not located: the caller then parses the whole document, which yields JSON.parse's
 * own error for a malformed file, and the importer's error for a document that is not a HAR.
 * `ambiguous`: `log` or `entries` twice, or a key written with escapes, where only a full parse says which wins.
 */
export type SpanFailure = 'malformed' | 'no-entries-array' | 'ambiguous';

export type EntrySpans =
  | {
      readonly kind: 'found';
      /** The JSON text: the file after any UTF-8 byte order mark. */
      readonly jsonText: ByteSpan;
      /** The `[` … `]` of `log.entries`, both included. */
      readonly entriesArray: ByteSpan;
      readonly entries: readonly EntrySpan[];
    }
  | { readonly kind: 'not-found'; readonly reason: SpanFailure };

const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf] as const;
const ENTRIES_KEY = keyBytes('entries');
const LOG_KEY = keyBytes('log');
const RESPONSE_KEY = keyBytes('response');
const CONTENT_KEY = keyBytes('content');
const TEXT_KEY = keyBytes('text');
const NO_BODIES: readonly ByteSpan[] = Object.freeze([]);

/**
 * Reads any value; in an object, the value of the member named `name` (as written, without escapes) is
 * read by `readNamed`. A body behind an escaped key is simply kept: nothing reads it either way.
 */
const following = (text: JsonBytes, name: readonly number[], readNamed: ElementReader): ElementReader => {
  const readMember: MemberReader = (keyStart, keyEnd, valueStart) =>
    matchKey(text.bytes, keyStart, keyEnd, name) === 'match' ? readNamed(valueStart) : valueEnd(text, valueStart);
  return (start) => (text.bytes[start] === OPEN_BRACE ? readMembers(text, start, readMember) : valueEnd(text, start));
};

/** Reads `log.entries`' elements into `into`, with the span of each one's `response.content.text`. */
const entryReader = (text: JsonBytes, into: EntrySpan[]): ElementReader => {
  let bodies: ByteSpan[] = [];
  const readBody: ElementReader = (start) => {
    const end = valueEnd(text, start);
    if (end !== BROKEN && text.bytes[start] === QUOTE) bodies.push({ start, end });
    return end;
  };
  const readEntry = following(text, RESPONSE_KEY, following(text, CONTENT_KEY, following(text, TEXT_KEY, readBody)));
  return (start) => {
    bodies = [];
    const end = readEntry(start);
    if (end !== BROKEN) into.push({ start, end, bodies: bodies.length === 0 ? NO_BODIES : bodies });
    return end;
  };
};

interface Found {
  logs: number;
  entryKeys: number;
  escapedKeys: number;
  entriesArray: ByteSpan | null;
  readonly entries: EntrySpan[];
}

/** The keys that decide which member is `log` and which is `entries`: counted, escaped ones apart. */
const isKey = (text: JsonBytes, found: Found, keyStart: number, keyEnd: number, name: readonly number[]): boolean => {
  const match = matchKey(text.bytes, keyStart, keyEnd, name);
  if (match === 'escaped') found.escapedKeys += 1;
  return match === 'match';
};

/** Members of `log`: only `entries` is looked into, when it is an array. */
const readLog = (text: JsonBytes, found: Found): ElementReader => {
  const readEntry = entryReader(text, found.entries);
  const readMember: MemberReader = (keyStart, keyEnd, valueStart) => {
    if (!isKey(text, found, keyStart, keyEnd, ENTRIES_KEY)) return valueEnd(text, valueStart);
    found.entryKeys += 1;
    if (text.bytes[valueStart] !== OPEN_BRACKET) return valueEnd(text, valueStart);
    const close = readElements(text, valueStart, readEntry);
    if (close === BROKEN) return BROKEN;
    found.entriesArray = { start: valueStart, end: close + 1 };
    return close + 1;
  };
  return (start) => readMembers(text, start, readMember);
};

/** Members of the top-level object: only `log` is looked into, when it is an object. */
const readTop = (text: JsonBytes, found: Found): ElementReader => {
  const readLogObject = readLog(text, found);
  const readMember: MemberReader = (keyStart, keyEnd, valueStart) => {
    if (!isKey(text, found, keyStart, keyEnd, LOG_KEY)) return valueEnd(text, valueStart);
    found.logs += 1;
    return text.bytes[valueStart] === OPEN_BRACE ? readLogObject(valueStart) : valueEnd(text, valueStart);
  };
  return (start) => readMembers(text, start, readMember);
};

const documentStart = (bytes: Uint8Array): number =>
  BYTE_ORDER_MARK.every((byte, i) => bytes[i] === byte) ? BYTE_ORDER_MARK.length : 0;

/**
 * Locates `log.entries` in a HAR file's bytes, each of its elements, and each element's body text. It
 * checks the structure the spans rely on (brackets, strings, separators, nothing after the document) and
 * every string, but not the numbers and literals: those are JSON.parse's work on the pieces, and if any
 * piece fails to parse, so would the whole file.
 */
export const findEntrySpans = (bytes: Uint8Array): EntrySpans => {
  const start = documentStart(bytes);
  const open = skipWhitespace(bytes, start);
  if (bytes[open] !== OPEN_BRACE) return { kind: 'not-found', reason: 'no-entries-array' };
  const found: Found = { logs: 0, entryKeys: 0, escapedKeys: 0, entriesArray: null, entries: [] };
  const end = readTop(jsonBytes(bytes), found)(open);
  if (end === BROKEN || skipWhitespace(bytes, end) !== bytes.length) return { kind: 'not-found', reason: 'malformed' };
  if (found.escapedKeys > 0 || found.logs > 1 || found.entryKeys > 1) return { kind: 'not-found', reason: 'ambiguous' };
  if (found.entriesArray === null) return { kind: 'not-found', reason: 'no-entries-array' };
  return { kind: 'found', jsonText: { start, end: bytes.length }, entriesArray: found.entriesArray, entries: found.entries };
};
