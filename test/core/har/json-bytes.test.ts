import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BROKEN, jsonBytes, matchKey, keyBytes, readElements, readMembers, stringEnd, valueEnd } from '../../../src/core/har/json-bytes.ts';

const encoder = new TextEncoder();

/** The text's UTF-8 bytes placed `shift` bytes into a larger buffer, so word-by-word scanning starts unaligned. */
const bytesAt = (text: string, shift: number): Uint8Array => {
  const encoded = encoder.encode(text);
  const buffer = new Uint8Array(encoded.length + shift + 3);
  buffer.set(encoded, shift);
  return buffer.subarray(shift, shift + encoded.length);
};

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** String content that stresses a JSON string reader: escapes good and bad, control characters, quotes, non-ASCII. */
const STRING_PIECES = [
  'a', 'abcdefgh', ' ', '"', '\\', '\\\\', '\\"', '\\n', '\\t', '\\/', '\\b', '\\f', '\\r', '\\u00e9', '\\uD800', '\\uDC00x',
  '\\u12', '\\u12G4', '\\x', '\\U0041', '\\', '\n', '\t', '\u0000', '\u001f', '\u007f', 'é', '쿠키', '😀', '\ud800',
];
const stringContent = fc.array(fc.constantFrom(...STRING_PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('stringEnd', () => {
  it('accepts exactly the strings JSON.parse accepts, wherever they lie against word boundaries', () => {
    fc.assert(
      fc.property(stringContent, fc.integer({ min: 0, max: 7 }), (content, shift) => {
        const text = `"${content}"`;
        const bytes = bytesAt(text, shift);
        expect(stringEnd(jsonBytes(bytes), 0) === bytes.length).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('ends at the first quote not escaped, however many backslashes precede it', () => {
    const bytes = bytesAt('"a\\\\\\"b\\\\" tail', 1);
    expect(stringEnd(jsonBytes(bytes), 0)).toBe('"a\\\\\\"b\\\\"'.length);
  });

  it('is BROKEN for a cut-off string, a raw control character or a bad escape', () => {
    for (const text of ['"abc', '"abc\\', '"abc\\"', '"a\nb"', '"a\u0001b"', '"\\x"', '"\\u12"', '"\\u00G0"']) {
      expect(stringEnd(jsonBytes(bytesAt(text, 0)), 0), text).toBe(BROKEN);
    }
  });

  it('reads a long string (a body of megabytes) to its end, and stops at a control character deep inside', () => {
    const body = 'QUJD'.repeat(500_000);
    expect(stringEnd(jsonBytes(bytesAt(`"${body}"`, 3)), 0)).toBe(body.length + 2);
    expect(stringEnd(jsonBytes(bytesAt(`"${body}\u0007${body}"`, 2)), 0)).toBe(BROKEN);
  });

  it('accepts invalid UTF-8 inside a string, as JSON.parse does once the bytes are decoded', () => {
    const bytes = Uint8Array.from([0x22, 0xe4, 0x22]);
    expect(stringEnd(jsonBytes(bytes), 0)).toBe(3);
    expect(parses(new TextDecoder().decode(bytes))).toBe(true);
  });
});

describe('valueEnd, readMembers and readElements', () => {
  const text = '{"a" : [1, {"b": "}"}, "]"] , "c":true}';

  it('finds where nested objects, arrays and literals end, brackets inside strings aside', () => {
    const bytes = jsonBytes(bytesAt(text, 1));
    expect(valueEnd(bytes, 0)).toBe(text.length);
    expect(valueEnd(bytes, text.indexOf('['))).toBe(text.indexOf(' ,'));
    expect(valueEnd(bytes, text.indexOf('true'))).toBe(text.indexOf('}', text.indexOf('true')));
  });

  it('walks members and elements, and is BROKEN for a missing separator or a cut-off container', () => {
    const bytes = jsonBytes(bytesAt(text, 0));
    const keys: string[] = [];
    expect(readMembers(bytes, 0, (keyStart, keyEnd, valueStart) => {
      keys.push(text.slice(keyStart, keyEnd));
      return valueEnd(bytes, valueStart);
    })).toBe(text.length);
    expect(keys).toEqual(['"a"', '"c"']);
    const elements: number[] = [];
    const open = text.indexOf('[');
    expect(readElements(bytes, open, (start) => (elements.push(start), valueEnd(bytes, start)))).toBe(text.indexOf(' ,') - 1);
    expect(elements).toHaveLength(3);
    for (const broken of ['{"a" 1}', '{"a":1 "b":2}', '{"a":[1,2', '[1 2]', '{"a":"x']) {
      const scanned = jsonBytes(bytesAt(broken, 0));
      const end = broken.startsWith('[')
        ? readElements(scanned, 0, (start) => valueEnd(scanned, start))
        : readMembers(scanned, 0, (_, __, valueStart) => valueEnd(scanned, valueStart));
      expect(end, broken).toBe(BROKEN);
    }
  });

  it('tells a key written as is from one written with escapes', () => {
    const bytes = bytesAt('"log" "l\\u006fg" "logs"', 0);
    expect(matchKey(bytes, 0, 5, keyBytes('log'))).toBe('match');
    expect(matchKey(bytes, 6, 16, keyBytes('log'))).toBe('escaped');
    expect(matchKey(bytes, 17, 23, keyBytes('log'))).toBe('other');
  });
});
