import { base64Of, byteStringOf } from './byte-string.ts';

/** Values shorter than this are not searched for in text: `1`, `en` or `true` would mask unrelated words. */
export const SHORTEST_SECRET_IN_TEXT = 6;

/** Every pattern is at least this many bytes long, so its first bytes make an exact lookup key. */
const KEY_BYTES = SHORTEST_SECRET_IN_TEXT;

/**
 * The writings of secrets that share their first KEY_BYTES bytes (JWTs all start `eyJhbG`), by their bytes,
 * and the lengths they come in, longest first: one lookup per length, however many secrets share the start.
 */
interface Bucket {
  readonly secretOf: Map<string, string>;
  readonly lengths: number[];
}

export interface SecretIndex {
  readonly size: number;
  readonly byKey: ReadonlyMap<number, Bucket>;
  /** Which first two bytes any writing starts with: most positions of a text are ruled out by it. */
  readonly firstPairs: Uint8Array;
}

const padded = (base64: string): string => base64 + '='.repeat((4 - (base64.length % 4)) % 4);

/** The bytes, `+` for space (form encoding), and whole-value base64 and base64url, padded or not. */
const writingsOf = (secret: string): string[] => {
  const bytes = byteStringOf(secret);
  const base64 = [base64Of(bytes, false), base64Of(bytes, true)];
  const writings = [bytes, ...base64, ...base64.map(padded)];
  if (bytes.includes(' ')) writings.push(bytes.replaceAll(' ', '+'));
  return writings;
};

/** The first KEY_BYTES bytes as one number: 6 bytes fit exactly in a double's 53 bits. */
const keyAt = (bytes: string, at: number): number => {
  let key = 0;
  for (let i = at; i < at + KEY_BYTES; i += 1) key = key * 256 + bytes.charCodeAt(i);
  return key;
};

const pairAt = (bytes: string, at: number): number => (bytes.charCodeAt(at) << 8) | bytes.charCodeAt(at + 1);

const addWriting = (byKey: Map<number, Bucket>, bytes: string, secret: string): void => {
  const key = keyAt(bytes, 0);
  let bucket = byKey.get(key);
  if (bucket === undefined) {
    bucket = { secretOf: new Map(), lengths: [] };
    byKey.set(key, bucket);
  }
  bucket.secretOf.set(bytes, secret);
  if (!bucket.lengths.includes(bytes.length)) bucket.lengths.push(bytes.length);
  bucket.lengths.sort((a, b) => b - a);
};

export const secretIndex = (secrets: Iterable<string>): SecretIndex => {
  const byKey = new Map<number, Bucket>();
  const firstPairs = new Uint8Array(1 << 16);
  const seen = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < SHORTEST_SECRET_IN_TEXT || seen.has(secret)) continue;
    seen.add(secret);
    for (const bytes of writingsOf(secret)) {
      addWriting(byKey, bytes, secret);
      firstPairs[pairAt(bytes, 0)] = 1;
    }
  }
  return { size: seen.size, byKey, firstPairs };
};

const isWordByte = (code: number): boolean => (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);

/**
 * A match must not continue a longer word: `accepted` is a secret in `consent=accepted`, not in
 * `unaccepted`. Only a letter or digit on both sides of a junction glues.
 */
const standsAlone = (bytes: string, start: number, end: number): boolean =>
  !(start > 0 && isWordByte(bytes.charCodeAt(start - 1)) && isWordByte(bytes.charCodeAt(start))) &&
  !(end < bytes.length && isWordByte(bytes.charCodeAt(end)) && isWordByte(bytes.charCodeAt(end - 1)));

interface Match {
  readonly length: number;
  readonly secret: string;
}

const matchAt = (index: SecretIndex, bytes: string, at: number): Match | undefined => {
  const bucket = index.byKey.get(keyAt(bytes, at));
  if (bucket === undefined) return undefined;
  for (const length of bucket.lengths) {
    const secret = at + length <= bytes.length ? bucket.secretOf.get(bytes.slice(at, at + length)) : undefined;
    if (secret !== undefined && standsAlone(bytes, at, at + length)) return { length, secret };
  }
  return undefined;
};

/** Calls `found` for each secret written in `bytes`, the longest at each place; matches may overlap. */
export const forEachSecret = (index: SecretIndex, bytes: string, found: (start: number, end: number, secret: string) => void): void => {
  if (index.size === 0) return;
  for (let at = 0; at + KEY_BYTES <= bytes.length; at += 1) {
    const match = index.firstPairs[pairAt(bytes, at)] === 1 ? matchAt(index, bytes, at) : undefined;
    if (match !== undefined) found(at, at + match.length, match.secret);
  }
};
