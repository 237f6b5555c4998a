/**
 * The parsers take page and HAR data: any string must give a result, never a throw, and huge inputs must
 * finish with the right answer (the bench, not these tests, measures speed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCookieDate } from '../../../src/core/parse/cookie-date.ts';
import { parseCookieHeader } from '../../../src/core/parse/cookie-header.ts';
import { parseSetCookie } from '../../../src/core/parse/set-cookie.ts';
import { splitSetCookieField } from '../../../src/core/parse/set-cookie-lines.ts';
import { utf8ByteLength } from '../../../src/core/parse/utf8.ts';

/** Any UTF-16 code unit, so lone surrogates appear too. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

const SOUP_PIECES = [
  ';', '=', ' ', '\t', '\n', '\r', '\r\n', '\u0000', '\u007f', ',', '"', '\\', '.', '/', '-', ':', 'a', 'é', '쿠',
  '😀', '\ud800', '\udc00', 'Expires', 'expires=', 'Max-Age=', 'Domain=', 'Path=', 'Secure', 'HttpOnly', 'SameSite=',
  'None', 'Lax', 'Partitioned', 'Priority=', 'High', '__Host-', '__Secure-', 'Jan', 'Dec', '1', '31', '99', '2026',
  '23:59:59', '00:00', 'GMT', '-1', '0', '1024',
];

const soup = fc.array(fc.constantFrom(...SOUP_PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));

const ANY_TEXT = [
  ['unicode', fc.string({ unit: 'binary' })],
  ['bytes with control characters', fc.string({ unit: 'binary-ascii' })],
  ['any code units, lone surrogates included', fc.string({ unit: anyCodeUnit })],
  ['crafted soup', soup],
] as const;

const isTrimmed = (text: string): boolean => !/^[ \t]|[ \t]$/.test(text);

describe.each(ANY_TEXT)('on %s', (_, text) => {
  it('parseSetCookie never throws and keeps its invariants', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { cookie, anomalies } = parseSetCookie(input);
        if (cookie === null) {
          expect(anomalies).toHaveLength(1);
          return;
        }
        expect(isTrimmed(cookie.name) && isTrimmed(cookie.value)).toBe(true);
        expect(cookie.name.includes(';') || cookie.name.includes('=') || cookie.value.includes(';')).toBe(false);
        expect(cookie.name + cookie.value).not.toBe('');
        expect(utf8ByteLength(cookie.name) + utf8ByteLength(cookie.value)).toBeLessThanOrEqual(4096);
        const { path, domain } = cookie.attributes;
        expect(path === null || path.startsWith('/')).toBe(true);
        expect(domain === null || (domain !== '' && domain === domain.toLowerCase())).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('parseCookieDate never throws and gives null or a whole second from 1601 to 9999', () => {
    fc.assert(
      fc.property(text, (input) => {
        const date = parseCookieDate(input);
        if (date === null) return;
        expect(date % 1000).toBe(0);
        expect(date).toBeGreaterThanOrEqual(Date.UTC(1601, 0, 1));
        expect(date).toBeLessThan(Date.UTC(10000, 0, 1));
      }),
      { numRuns: 300 },
    );
  });

  it('parseCookieHeader never throws; no pair is empty and no name holds "=" or ";"', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const { name, value } of parseCookieHeader(input).pairs) {
          expect(name + value).not.toBe('');
          expect(name.includes('=') || name.includes(';') || value.includes(';')).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('splitSetCookieField never throws and gives trimmed, non-empty lines without "\\n"', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const line of splitSetCookieField(input)) {
          expect(line).not.toBe('');
          expect(line.includes('\n')).toBe(false);
          expect(isTrimmed(line)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('huge inputs finish with the right result', () => {
  const MEGABYTE = 1024 * 1024;

  it('10,000 repeated attributes: the last wins, one duplicate reported', () => {
    const parse = parseSetCookie(`a=b${'; Path=/x'.repeat(9_999)}; Path=/last`);
    expect(parse.cookie?.attributes.path).toBe('/last');
    expect(parse.anomalies).toEqual([{ kind: 'duplicate-attribute', attribute: 'Path' }]);
  });

  it('10,000 attributes without "=" before one with it', () => {
    const parse = parseSetCookie(`a=b${'; Secure'.repeat(10_000)}; Max-Age=5`);
    expect(parse.cookie?.attributes).toMatchObject({ secure: true, maxAge: 5 });
  });

  it('10,000 distinct unknown attributes are each reported', () => {
    const parse = parseSetCookie(`a=b${Array.from({ length: 10_000 }, (_, i) => `; x${i}=1`).join('')}`);
    expect(parse.anomalies).toHaveLength(10_000);
    expect(parse.anomalies[9_999]).toEqual({ kind: 'unknown-attribute', attribute: 'x9999' });
  });

  it('a 1 MB value is refused as oversized, with its byte count', () => {
    expect(parseSetCookie(`a=${'v'.repeat(MEGABYTE)}; Path=/`)).toEqual({
      cookie: null,
      anomalies: [{ kind: 'name-value-too-long', bytes: MEGABYTE + 1 }],
    });
  });

  it('a 1 MB attribute value is ignored, with its byte count', () => {
    expect(parseSetCookie(`a=b; Expires=${'1'.repeat(MEGABYTE)}`).anomalies).toEqual([
      { kind: 'attribute-value-too-long', attribute: 'Expires', bytes: MEGABYTE },
    ]);
  });

  it('1 MB of control characters: no Set-Cookie, no date, one verbatim Cookie item', () => {
    expect(parseSetCookie('\u0001'.repeat(MEGABYTE))).toEqual({ cookie: null, anomalies: [{ kind: 'control-character' }] });
    expect(parseCookieHeader('\u0001'.repeat(MEGABYTE)).pairs).toEqual([{ name: '', value: '\u0001'.repeat(MEGABYTE) }]);
    expect(parseCookieDate('\u0001'.repeat(MEGABYTE))).toBeNull();
  });

  it('unpaired surrogates are kept and counted as 3 bytes each', () => {
    expect(parseSetCookie(`a=${'\ud800'.repeat(1_365)}`).cookie?.value).toHaveLength(1_365);
    expect(parseSetCookie(`a=${'\udc00'.repeat(MEGABYTE)}`).anomalies).toEqual([
      { kind: 'name-value-too-long', bytes: 1 + 3 * MEGABYTE },
    ]);
  });

  it('1 MB of semicolons, equals signs and spaces', () => {
    expect(parseSetCookie(';'.repeat(MEGABYTE)).cookie).toBeNull();
    expect(parseSetCookie(`a=b${';'.repeat(MEGABYTE)}`).anomalies).toEqual([]);
    expect(parseSetCookie(`a=b;${'='.repeat(MEGABYTE)}`).anomalies).toEqual([
      { kind: 'attribute-value-too-long', attribute: '', bytes: MEGABYTE - 1 },
    ]);
    expect(parseSetCookie(`${' '.repeat(MEGABYTE)}a=b`).cookie).toMatchObject({ name: 'a', value: 'b' });
  });

  it('a date of a million tokens', () => {
    expect(parseCookieDate('1 '.repeat(500_000))).toBeNull();
    expect(parseCookieDate(`${'x '.repeat(500_000)}1 Jan 2020 10:00:00`)).toBe(Date.UTC(2020, 0, 1, 10));
  });

  it('a Cookie header of 100,000 pairs, and of 500,000 items without "="', () => {
    const pairs = parseCookieHeader(Array.from({ length: 100_000 }, (_, i) => `c${i}=${i}`).join('; ')).pairs;
    expect(pairs).toHaveLength(100_000);
    expect(pairs[99_999]).toEqual({ name: 'c99999', value: '99999' });
    expect(parseCookieHeader(`${'a;'.repeat(500_000)}b=c`).pairs).toHaveLength(500_001);
  });

  it('a field of 200,000 joined Set-Cookie lines', () => {
    const lines = splitSetCookieField(Array.from({ length: 200_000 }, (_, i) => `c${i}=1`).join('\r\n'));
    expect(lines).toHaveLength(200_000);
    expect(lines[199_999]).toBe('c199999=1');
    expect(splitSetCookieField('\n'.repeat(MEGABYTE))).toEqual([]);
  });
});
