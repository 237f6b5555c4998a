import { identifierPart } from './framing.ts';

/*
 * Heuristic, in three steps:
 * 1. Keep only the identifier: percent-escapes decoded, framework framing removed (quotes, the Express
 *    `s:<id>.<signature>` form, a servlet jvmRoute suffix), base64 padding and UUID hyphens dropped.
 * 2. Ceiling: length × log2(size of the smallest common alphabet the characters fit: decimal, hex,
 *    base32, alnum, base64url, …). A generator cannot have put in more than that.
 * 3. Cap by what the characters show: observed Shannon entropy per character, relative to the most a
 *    string of this length could show (log2 of min(length, alphabet)), scales the ceiling down. So
 *    `aaaaaaaaaaaa` or `000000000001` score near zero, and a short all-distinct base64url id is not
 *    penalised merely for being shorter than its alphabet.
 * An estimate, not a measurement: a counter or a hash of guessable data can still score high.
 */

const MIN_LENGTH = 4;

const ALPHABETS: readonly (readonly [RegExp, number])[] = [
  [/^[0-9]+$/, 10],
  [/^[0-9a-f]+$/, 16],
  [/^[0-9A-F]+$/, 16],
  [/^[a-z]+$/, 26],
  [/^[A-Z]+$/, 26],
  [/^[0-9a-v]+$/, 32],
  [/^[0-9a-z]+$/, 36],
  [/^[0-9A-Z]+$/, 36],
  [/^[A-Za-z]+$/, 52],
  [/^[0-9A-Za-z]+$/, 62],
  [/^[0-9A-Za-z_-]+$/, 64],
  [/^[0-9A-Za-z+/]+$/, 64],
];

/** Printable ASCII: the widest alphabet a cookie value is expected to use. */
const FALLBACK_ALPHABET = 95;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const randomPart = (value: string): string => {
  const identifier = identifierPart(value);
  if (UUID.test(identifier)) return identifier.replaceAll('-', '');
  return identifier.replace(/(?<=[0-9A-Za-z+/])=+$/, '');
};

const alphabetSize = (text: string): number =>
  ALPHABETS.find(([pattern]) => pattern.test(text))?.[1] ?? FALLBACK_ALPHABET;

const shannonBitsPerChar = (chars: readonly string[]): number => {
  const counts = new Map<string, number>();
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / chars.length;
    bits -= p * Math.log2(p);
  }
  return bits;
};

/** Estimated bits of randomness in a session-id-like value; null below four characters. */
export const estimateEntropyBits = (value: string): number | null => {
  const part = randomPart(value);
  const chars = [...part];
  if (chars.length < MIN_LENGTH) return null;
  const alphabet = alphabetSize(part);
  const ceiling = chars.length * Math.log2(alphabet);
  const mostVisible = Math.log2(Math.min(chars.length, alphabet));
  const evenness = Math.min(1, shannonBitsPerChar(chars) / mostVisible);
  return Math.floor(ceiling * evenness);
};
