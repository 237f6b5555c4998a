import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { surelyWithinUtf8Bytes, utf8ByteLength } from '../../../src/core/parse/utf8.ts';

describe('utf8ByteLength', () => {
  it('counts 1, 2, 3 and 4 bytes per character', () => {
    expect(utf8ByteLength('a')).toBe(1);
    expect(utf8ByteLength('é')).toBe(2);
    expect(utf8ByteLength('쿠')).toBe(3);
    expect(utf8ByteLength('😀')).toBe(4);
    expect(utf8ByteLength('')).toBe(0);
  });

  it('counts a lone surrogate as the 3 bytes of U+FFFD', () => {
    expect(utf8ByteLength('\ud800')).toBe(3);
    expect(utf8ByteLength('\udc00a')).toBe(4);
    expect(utf8ByteLength('\ud83d\ud83d\ude00')).toBe(7);
  });

  it('counts only the given range, and a pair cut by the range end as a lone surrogate', () => {
    expect(utf8ByteLength('ab쿠cd', 1, 3)).toBe(4);
    expect(utf8ByteLength('😀', 0, 1)).toBe(3);
  });

  it('agrees with TextEncoder on any string', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8ByteLength(text)).toBe(encoder.encode(text).length);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)) }), (text) => {
        expect(utf8ByteLength(text)).toBe(encoder.encode(text).length);
      }),
    );
  });
});

describe('surelyWithinUtf8Bytes', () => {
  it('is true only when even 3 bytes per code unit stay within the limit', () => {
    expect(surelyWithinUtf8Bytes(1365, 4096)).toBe(true);
    expect(surelyWithinUtf8Bytes(1366, 4096)).toBe(false);
  });
});
