/**
 * Where each entry of a HAR file's `log.entries` lies in the file's UTF-8 bytes, found without parsing the
 * file: each entry can then be decoded and parsed alone, so a large HAR never becomes one string and one
 * tree. The rest of the file (the document with the entries cut out) is small and is parsed once.
 */

/** Bytes [start, end) of the file. */
export interface ByteSpan {
  readonly start: number;
  readonly end: number;
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
      readonly document: ByteSpan;
      /** The `[` … `]` of `log.entries`, both included. */
      readonly entriesArray: ByteSpan;
      /** Each element of `log.entries`, in order, without surrounding whitespace. */
      readonly entries: readonly ByteSpan[];
    }
  | { readonly kind: 'not-found'; readonly reason: SpanFailure };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf] as const;
/** Returned by the readers below for a value that is cut off or not where JSON allows one. */
const BROKEN = -1;

const isWhitespace = (byte: number | undefined): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

const skipWhitespace = (bytes: Uint8Array, from: number): number => {
  let at = from;
  while (isWhitespace(bytes[at])) at += 1;
  return at;
};

/**
 * The end of the string opening at `open`, just past its closing quote. Searching for the next quote with
 * indexOf leaves the bytes of a long body to native code; a quote preceded by an odd number of
 * backslashes is escaped.
 */
const stringEnd = (bytes: Uint8Array, open: number): number => {
  for (let quote = bytes.indexOf(QUOTE, open + 1); quote !== -1; quote = bytes.indexOf(QUOTE, quote + 1)) {
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
  }
  return BROKEN;
};

/** The end of the object or array opening at `open`; which bracket closes which is left to JSON.parse. */
const containerEnd = (bytes: Uint8Array, open: number): number => {
  let depth = 0;
  let at = open;
  while (at < bytes.length) {
    const byte = bytes[at];
    if (byte === QUOTE) {
      at = stringEnd(bytes, at);
      if (at === BROKEN) return BROKEN;
      continue;
    }
    if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1;
    else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth -= 1;
      if (depth === 0) return at + 1;
    }
    at += 1;
  }
  return BROKEN;
};

const endsLiteral = (byte: number | undefined): boolean =>
  byte === undefined || byte === COMMA || byte === CLOSE_BRACKET || byte === CLOSE_BRACE || isWhitespace(byte);

/** A number, `true`, `false` or `null`: its bytes are checked by JSON.parse, only its extent here. */
const literalEnd = (bytes: Uint8Array, start: number): number => {
  let at = start;
  while (!endsLiteral(bytes[at])) at += 1;
  return at === start ? BROKEN : at;
};

const valueEnd = (bytes: Uint8Array, start: number): number => {
  const byte = bytes[start];
  if (byte === QUOTE) return stringEnd(bytes, start);
  if (byte === OPEN_BRACE || byte === OPEN_BRACKET) return containerEnd(bytes, start);
  return literalEnd(bytes, start);
};

/** Reads one member's value, returning where it ends (or BROKEN). */
type MemberReader = (key: ByteSpan, valueStart: number) => number;

/** Walks the members of the object opening at `open`, returning the object's end (or BROKEN). */
const readMembers = (bytes: Uint8Array, open: number, readValue: MemberReader): number => {
  let at = skipWhitespace(bytes, open + 1);
  if (bytes[at] === CLOSE_BRACE) return at + 1;
  for (;;) {
    if (bytes[at] !== QUOTE) return BROKEN;
    const keyEnd = stringEnd(bytes, at);
    if (keyEnd === BROKEN) return BROKEN;
    const colon = skipWhitespace(bytes, keyEnd);
    if (bytes[colon] !== COLON) return BROKEN;
    const end = readValue({ start: at, end: keyEnd }, skipWhitespace(bytes, colon + 1));
    if (end === BROKEN) return BROKEN;
    at = skipWhitespace(bytes, end);
    if (bytes[at] === CLOSE_BRACE) return at + 1;
    if (bytes[at] !== COMMA) return BROKEN;
    at = skipWhitespace(bytes, at + 1);
  }
};

/** The elements of the array opening at `open`, and the index of its `]` (or BROKEN). */
const readElements = (bytes: Uint8Array, open: number, into: ByteSpan[]): number => {
  let at = skipWhitespace(bytes, open + 1);
  if (bytes[at] === CLOSE_BRACKET) return at;
  for (;;) {
    const end = valueEnd(bytes, at);
    if (end === BROKEN) return BROKEN;
    into.push({ start: at, end });
    at = skipWhitespace(bytes, end);
    if (bytes[at] === CLOSE_BRACKET) return at;
    if (bytes[at] !== COMMA) return BROKEN;
    at = skipWhitespace(bytes, at + 1);
  }
};

/** An ASCII key with its quotes, as bytes. */
const keyBytes = (name: string): readonly number[] => Array.from(`"${name}"`, (char) => char.charCodeAt(0));
const ENTRIES_KEY = keyBytes('entries');
const LOG_KEY = keyBytes('log');

/** The key is exactly `name` as written; a key with escapes might decode to it, so it counts as ambiguous. */
type KeyMatch = 'match' | 'other' | 'escaped';

const matchKey = (bytes: Uint8Array, key: ByteSpan, name: readonly number[]): KeyMatch => {
  if (bytes.subarray(key.start, key.end).includes(BACKSLASH)) return 'escaped';
  if (key.end - key.start !== name.length) return 'other';
  return name.every((byte, i) => bytes[key.start + i] === byte) ? 'match' : 'other';
};

interface Found {
  logs: number;
  entryKeys: number;
  escapedKeys: number;
  entriesArray: ByteSpan | null;
  readonly entries: ByteSpan[];
}

/** Members of `log`: only `entries` is looked into, when it is an array. */
const readLogMember =
  (bytes: Uint8Array, found: Found): MemberReader =>
  (key, valueStart) => {
    const match = matchKey(bytes, key, ENTRIES_KEY);
    if (match === 'escaped') found.escapedKeys += 1;
    if (match !== 'match') return valueEnd(bytes, valueStart);
    found.entryKeys += 1;
    if (bytes[valueStart] !== OPEN_BRACKET) return valueEnd(bytes, valueStart);
    const close = readElements(bytes, valueStart, found.entries);
    if (close === BROKEN) return BROKEN;
    found.entriesArray = { start: valueStart, end: close + 1 };
    return close + 1;
  };

/** Members of the top-level object: only `log` is looked into, when it is an object. */
const readTopMember =
  (bytes: Uint8Array, found: Found): MemberReader =>
  (key, valueStart) => {
    const match = matchKey(bytes, key, LOG_KEY);
    if (match === 'escaped') found.escapedKeys += 1;
    if (match !== 'match') return valueEnd(bytes, valueStart);
    found.logs += 1;
    if (bytes[valueStart] !== OPEN_BRACE) return valueEnd(bytes, valueStart);
    return readMembers(bytes, valueStart, readLogMember(bytes, found));
  };

const documentStart = (bytes: Uint8Array): number =>
  BYTE_ORDER_MARK.every((byte, i) => bytes[i] === byte) ? BYTE_ORDER_MARK.length : 0;

/**
 * Locates `log.entries` in a HAR file's bytes and each of its elements. It checks the structure the spans
 * rely on (brackets, strings, separators, nothing after the document) but not the JSON inside the spans
 * or the rest of the document: that is JSON.parse's work on the pieces, and if any piece fails to parse,
 * so would the whole file.
 */
export const findEntrySpans = (bytes: Uint8Array): EntrySpans => {
  const start = documentStart(bytes);
  const open = skipWhitespace(bytes, start);
  if (bytes[open] !== OPEN_BRACE) return { kind: 'not-found', reason: 'no-entries-array' };
  const found: Found = { logs: 0, entryKeys: 0, escapedKeys: 0, entriesArray: null, entries: [] };
  const end = readMembers(bytes, open, readTopMember(bytes, found));
  if (end === BROKEN || skipWhitespace(bytes, end) !== bytes.length) return { kind: 'not-found', reason: 'malformed' };
  if (found.escapedKeys > 0 || found.logs > 1 || found.entryKeys > 1) return { kind: 'not-found', reason: 'ambiguous' };
  if (found.entriesArray === null) return { kind: 'not-found', reason: 'no-entries-array' };
  return { kind: 'found', document: { start, end: bytes.length }, entriesArray: found.entriesArray, entries: found.entries };
};
