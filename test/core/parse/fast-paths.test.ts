/**
 * The parsers were reshaped for speed; these properties hold them to what they did before, on random and
 * hostile input, against plain references written for clarity rather than speed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Anomaly } from '../../../src/core/parse/anomaly.ts';
import { hasControlCharacter } from '../../../src/core/parse/characters.ts';
import { parseCookieDate } from '../../../src/core/parse/cookie-date.ts';
import { parseCookieHeader, type CookiePair } from '../../../src/core/parse/cookie-header.ts';
import { parseSetCookie } from '../../../src/core/parse/set-cookie.ts';

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
const piecesOf = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 50 }).map((parts) => parts.join(''));

// eslint-disable-next-line no-control-regex -- the reference: a search for any CTL but HTAB
const CONTROL_CHARACTER = /[\u0000-\u0008\u000a-\u001f\u007f]/;

describe('hasControlCharacter', () => {
  it.each([
    ['any code units', fc.string({ unit: anyCodeUnit })],
    ['text around the CTL boundaries', piecesOf(['a', ' ', '\t', '\u0000', '\u0008', '\n', '\u001f', '\u0020', '~', '\u007f', '\u0080', '\ud800', '\uffff'])],
  ])('finds a CTL other than HTAB exactly where a search for one does, on %s', (_, text) => {
    fc.assert(
      fc.property(text, (input) => {
        expect(hasControlCharacter(input)).toBe(CONTROL_CHARACTER.test(input));
      }),
      { numRuns: 3000 },
    );
  });
});

const trimStart = (text: string): string => text.replace(/^[ \t]+/, '');
const trimEnd = (text: string): string => text.replace(/[ \t]+$/, '');

/** The Cookie header read item by item, as its documentation says. */
const referenceCookieHeader = (text: string): { pairs: CookiePair[]; anomalies: Anomaly[] } => {
  const pairs: CookiePair[] = [];
  const anomalies: Anomaly[] = [];
  const items = text.split(';');
  const reportEmpty = (): void => {
    if (!anomalies.some((anomaly) => anomaly.kind === 'empty-name-and-value')) anomalies.push({ kind: 'empty-name-and-value' });
  };
  items.forEach((raw, index) => {
    const item = trimEnd(trimStart(raw));
    const equals = item.indexOf('=');
    const name = equals === -1 ? '' : trimEnd(item.slice(0, equals));
    const value = equals === -1 ? item : trimStart(item.slice(equals + 1));
    if (name !== '' || (equals === -1 && value !== '')) pairs.push({ name, value });
    else if (value !== '') {
      pairs.push({ name, value });
      anomalies.push({ kind: 'malformed-pair', text: item });
    } else if (equals !== -1 || index < items.length - 1) reportEmpty();
  });
  return { pairs, anomalies };
};

describe('parseCookieHeader', () => {
  it.each([
    ['any code units', fc.string({ unit: anyCodeUnit })],
    ['crafted soup', piecesOf([';', '=', ' ', '\t', ';;', '==', 'a', 'sid', 'v a l', '"', ',', '\u0000', '\n', 'é', '😀', '\ud800'])],
  ])('splits %s into the same pairs and anomalies as the item-by-item reading', (_, text) => {
    fc.assert(
      fc.property(text, (input) => {
        expect(parseCookieHeader(input)).toEqual(referenceCookieHeader(input));
      }),
      { numRuns: 3000 },
    );
  });
});

const ATTRIBUTE_IDS = ['expires', 'max-age', 'domain', 'path', 'secure', 'httponly', 'samesite', 'partitioned', 'priority'];

/** A known attribute in random case, cut short, stretched, or with a letter replaced. */
const attributeName = fc
  .tuple(fc.constantFrom(...ATTRIBUTE_IDS, 'x', 'expire', 'httponlyy', 'partitioned2', 'same-site', 'maxage'), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), fc.constantFrom('', 'K', 'ſ', 'İ', '-'))
  .map(([id, upper, extra]) => `${Array.from(id, (char, i) => (upper[i] === true ? char.toUpperCase() : char)).join('')}${extra}`);

/** What Max-Age reads as: `-?DIGIT+` as a number, zero without a sign; anything else is not a Max-Age. */
const referenceMaxAge = (text: string): number | null => {
  if (!/^-?[0-9]+$/.test(text)) return null;
  const seconds = Number(text);
  return seconds === 0 ? 0 : seconds;
};

describe('parseSetCookie Max-Age', () => {
  it('reads any run of digits, short or too long to be exact, signed or not, as Number() does', () => {
    const maxAge = fc.tuple(fc.constantFrom('', '-', '+', '--'), fc.string({ unit: fc.constantFrom('0', '1', '5', '9'), maxLength: 30 }), fc.constantFrom('', 'x', ' ', '.5'));
    fc.assert(
      fc.property(maxAge, ([sign, digits, tail]) => {
        const text = `${sign}${digits}${tail}`;
        expect(parseSetCookie(`a=b; Max-Age=${text}`).cookie?.attributes.maxAge).toBe(referenceMaxAge(text.trim()));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseSetCookie attribute names', () => {
  it('recognises a name exactly when it is an attribute ignoring ASCII case', () => {
    fc.assert(
      fc.property(attributeName, (name) => {
        const unknown = parseSetCookie(`a=b; ${name}`).anomalies.some((anomaly) => anomaly.kind === 'unknown-attribute');
        const known = ATTRIBUTE_IDS.includes(name.replace(/[A-Z]/g, (char) => char.toLowerCase()));
        expect(unknown).toBe(!known);
      }),
      { numRuns: 3000 },
    );
  });
});

const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));

/** IMF-fixdates (dashed too) and near misses: month names as weekdays, impossible days and times, odd years and tails. */
const fixdateLike = fc
  .tuple(
    fc.constantFrom('Sun', 'Mon', 'wed', 'Jan', 'dec', 'Xyz', '1ab', 'S n'),
    fc.constantFrom(', ', ',', ' ,', '; '),
    twoDigits,
    fc.constantFrom(' Jan ', '-feb-', ' MAR-', '-Dec ', ' Foo ', '-Ja1-', '/Jan/'),
    fc.constantFrom('1994', '2026', '0070', '1600', '9999', '99', '20x6'),
    twoDigits,
    twoDigits,
    twoDigits,
    fc.constantFrom('', ' GMT', 'GMT', '1', ';x', ' 12:00:00', 'é'),
  )
  .map(([weekday, comma, day, month, year, hour, minute, second, tail]) => `${weekday}${comma}${day}${month}${year} ${hour}:${minute}:${second}${tail}`);

describe('parseCookieDate on IMF-fixdates', () => {
  it('reads a fixdate at its fixed offsets as the token algorithm reads it', () => {
    fc.assert(
      fc.property(fixdateLike, (text) => {
        // A leading delimiter changes nothing for the token algorithm and takes the text off the fixed-offset path.
        expect(parseCookieDate(text)).toBe(parseCookieDate(` ${text}`));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a fixdate inside a longer text, between the bounds it is given', () => {
    const text = 'x=Sun, 06 Nov 1994 08:49:37 GMT;y';
    expect(parseCookieDate(text, 2, text.length - 2)).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
  });
});
