/**
 * Reading the structure of JSON text in its UTF-8 bytes, without decoding it: where a value ends, and the
 * members of an object. Strings are checked as JSON.parse checks them, so a string this accepts is one
 * JSON.parse accepts; numbers and literals are only delimited, their bytes are left to JSON.parse.
 */

/** JSON text as bytes, with the same memory seen as 32-bit words to scan long strings four bytes at a time. */
export interface JsonBytes {
  readonly bytes: Uint8Array;
  readonly words: Int32Array;
  /** `bytes[i]` is one of the four bytes of `words[(wordOffset + i) >> 2]`. */
  readonly wordOffset: number;
}

/** Bytes [start, end). */
export interface ByteSpan {
  readonly start: number;
  readonly end: number;
}

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
export const COLON = 0x3a;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const OPEN_BRACKET = 0x5b;
export const CLOSE_BRACKET = 0x5d;
/** Returned by the readers below for a value that is cut off, malformed, or not where JSON allows one. */
export const BROKEN = -1;

export const jsonBytes = (bytes: Uint8Array): JsonBytes => ({
  bytes,
  words: new Int32Array(bytes.buffer, 0, bytes.buffer.byteLength >> 2),
  wordOffset: bytes.byteOffset,
});

const isWhitespace = (byte: number): boolean => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** The first byte at or after `from` that is not JSON whitespace, or the length. */
export const skipWhitespace = (bytes: Uint8Array, from: number): number => {
  let at = from;
  while (at < bytes.length && isWhitespace(bytes[at] ?? 0)) at += 1;
  return at;
};

/** A byte that ends a run of plain string content: a quote, a backslash, or a control character. */
const isStringStop = (byte: number): boolean => byte < 0x20 || byte === QUOTE || byte === BACKSLASH;

/**
 * Whether any byte of the word is a string stop, by the bit tricks that test a word for a byte below a
 * bound (`hasless`) and for a zero byte (`haszero`, here of the word XOR a repeated quote or backslash).
 * Both are exact: no stop is missed, and none is reported where there is none.
 */
const hasStringStop = (word: number): boolean => {
  const quotes = word ^ 0x22222222;
  const backslashes = word ^ 0x5c5c5c5c;
  const control = (word - 0x20202020) & ~word;
  const quote = (quotes - 0x01010101) & ~quotes;
  const backslash = (backslashes - 0x01010101) & ~backslashes;
  return ((control | quote | backslash) & 0x80808080) !== 0;
};

/** The first string stop at or after `from`, or the length. Whole words are tested at a time, the ends byte by byte. */
const plainRunEnd = ({ bytes, words, wordOffset }: JsonBytes, from: number): number => {
  const length = bytes.length;
  let at = from;
  while (at < length && ((wordOffset + at) & 3) !== 0) {
    if (isStringStop(bytes[at] ?? 0)) return at;
    at += 1;
  }
  let word = (wordOffset + at) >> 2;
  const wordsEnd = (wordOffset + length) >> 2;
  while (word < wordsEnd && !hasStringStop(words[word] ?? 0)) word += 1;
  at = Math.max(at, word * 4 - wordOffset);
  while (at < length && !isStringStop(bytes[at] ?? 0)) at += 1;
  return at;
};

/** What may follow a backslash: the one-character escapes, `u` (four hex digits follow), and the hex digits. */
const SHORT_ESCAPE = 1;
const UNICODE_ESCAPE = 2;
const HEX_DIGIT = 4;
const ESCAPE_BYTES = new Uint8Array(256);
for (const char of '"\\/bfnrt') ESCAPE_BYTES[char.charCodeAt(0)] = SHORT_ESCAPE;
ESCAPE_BYTES[0x75] = UNICODE_ESCAPE;
for (const char of '0123456789abcdefABCDEF') {
  const code = char.charCodeAt(0);
  ESCAPE_BYTES[code] = (ESCAPE_BYTES[code] ?? 0) | HEX_DIGIT;
}

const isHexDigit = (bytes: Uint8Array, at: number): boolean => at < bytes.length && ((ESCAPE_BYTES[bytes[at] ?? 0] ?? 0) & HEX_DIGIT) !== 0;

/** The end of the escape at `backslash`, or BROKEN when JSON has no such escape (or it is cut off). */
const escapeEnd = (bytes: Uint8Array, backslash: number): number => {
  const kind = backslash + 1 < bytes.length ? (ESCAPE_BYTES[bytes[backslash + 1] ?? 0] ?? 0) : 0;
  if ((kind & SHORT_ESCAPE) !== 0) return backslash + 2;
  if ((kind & UNICODE_ESCAPE) === 0) return BROKEN;
  for (let at = backslash + 2; at < backslash + 6; at += 1) if (!isHexDigit(bytes, at)) return BROKEN;
  return backslash + 6;
};

/**
 * Just past the closing quote of the string opening at `open`, or BROKEN when it is not a JSON string:
 * cut off, with a raw control character, or with an escape JSON has not. Any other byte is content, as
 * JSON.parse takes any character there once the bytes are decoded.
 */
export const stringEnd = (text: JsonBytes, open: number): number => {
  const { bytes } = text;
  let at = open + 1;
  for (;;) {
    at = plainRunEnd(text, at);
    if (at === bytes.length) return BROKEN;
    const byte = bytes[at];
    if (byte === QUOTE) return at + 1;
    if (byte !== BACKSLASH) return BROKEN;
    at = escapeEnd(bytes, at);
    if (at === BROKEN) return BROKEN;
  }
};

/** The end of the object or array opening at `open`; which bracket closes which is left to JSON.parse. */
const containerEnd = (text: JsonBytes, open: number): number => {
  const { bytes } = text;
  let depth = 0;
  let at = open;
  while (at < bytes.length) {
    const byte = bytes[at];
    if (byte === QUOTE) {
      at = stringEnd(text, at);
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

const endsLiteral = (byte: number): boolean => byte === COMMA || byte === CLOSE_BRACKET || byte === CLOSE_BRACE || isWhitespace(byte);

/** A number, `true`, `false` or `null`: only its extent is found here, its bytes are checked by JSON.parse. */
const literalEnd = (bytes: Uint8Array, start: number): number => {
  let at = start;
  while (at < bytes.length && !endsLiteral(bytes[at] ?? 0)) at += 1;
  return at === start ? BROKEN : at;
};

export const valueEnd = (text: JsonBytes, start: number): number => {
  const byte = text.bytes[start];
  if (byte === QUOTE) return stringEnd(text, start);
  if (byte === OPEN_BRACE || byte === OPEN_BRACKET) return containerEnd(text, start);
  return literalEnd(text.bytes, start);
};

/** Reads one member's value, returning where it ends (or BROKEN); the key is bytes [keyStart, keyEnd), quotes included. */
export type MemberReader = (keyStart: number, keyEnd: number, valueStart: number) => number;

/** Walks the members of the object opening at `open`, returning the object's end (or BROKEN). */
export const readMembers = (text: JsonBytes, open: number, readValue: MemberReader): number => {
  const { bytes } = text;
  let at = skipWhitespace(bytes, open + 1);
  if (bytes[at] === CLOSE_BRACE) return at + 1;
  for (;;) {
    if (bytes[at] !== QUOTE) return BROKEN;
    const keyEnd = stringEnd(text, at);
    if (keyEnd === BROKEN) return BROKEN;
    const colon = skipWhitespace(bytes, keyEnd);
    if (bytes[colon] !== COLON) return BROKEN;
    const end = readValue(at, keyEnd, skipWhitespace(bytes, colon + 1));
    if (end === BROKEN) return BROKEN;
    at = skipWhitespace(bytes, end);
    if (bytes[at] === CLOSE_BRACE) return at + 1;
    if (bytes[at] !== COMMA) return BROKEN;
    at = skipWhitespace(bytes, at + 1);
  }
};

/** Reads one element, returning where it ends (or BROKEN). */
export type ElementReader = (start: number) => number;

/** Walks the elements of the array opening at `open`, returning the index of its `]` (or BROKEN). */
export const readElements = (text: JsonBytes, open: number, readElement: ElementReader): number => {
  const { bytes } = text;
  let at = skipWhitespace(bytes, open + 1);
  if (bytes[at] === CLOSE_BRACKET) return at;
  for (;;) {
    const end = readElement(at);
    if (end === BROKEN) return BROKEN;
    at = skipWhitespace(bytes, end);
    if (bytes[at] === CLOSE_BRACKET) return at;
    if (bytes[at] !== COMMA) return BROKEN;
    at = skipWhitespace(bytes, at + 1);
  }
};

/** An ASCII key with its quotes, as bytes. */
export const keyBytes = (name: string): readonly number[] => Array.from(`"${name}"`, (char) => char.charCodeAt(0));

/** The key is exactly `name` as written; a key with escapes might decode to it, so it counts apart. */
export type KeyMatch = 'match' | 'other' | 'escaped';

export const matchKey = (bytes: Uint8Array, keyStart: number, keyEnd: number, name: readonly number[]): KeyMatch => {
  for (let at = keyStart + 1; at < keyEnd - 1; at += 1) if (bytes[at] === BACKSLASH) return 'escaped';
  if (keyEnd - keyStart !== name.length) return 'other';
  for (let i = 0; i < name.length; i += 1) if (bytes[keyStart + i] !== name[i]) return 'other';
  return 'match';
};
