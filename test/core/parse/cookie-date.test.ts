import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCookieDate } from '../../../src/core/parse/cookie-date.ts';

const DATES = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpora', 'http-state', 'dates');

interface DateExample {
  readonly test: string;
  readonly expected: string | null;
}

const isDateExample = (entry: unknown): entry is DateExample =>
  typeof entry === 'object' &&
  entry !== null &&
  'test' in entry &&
  typeof entry.test === 'string' &&
  'expected' in entry &&
  (entry.expected === null || typeof entry.expected === 'string');

/** The examples, without the `//` license header bsd-examples.json starts with. */
const readExamples = (file: string): DateExample[] => {
  const json = readFileSync(resolve(DATES, file), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('//'))
    .join('\n');
  const entries: unknown = JSON.parse(json);
  if (!Array.isArray(entries) || !entries.every(isDateExample)) throw new Error(`${file} is not a list of examples`);
  return entries;
};

const utc = (text: string): number => Date.parse(text);

describe('parseCookieDate against http-state dates/', () => {
  for (const [file, count] of [
    ['examples.json', 15],
    ['bsd-examples.json', 55],
  ] as const) {
    const examples = readExamples(file);
    it(`${file} holds ${count} examples`, () => expect(examples).toHaveLength(count));
    it.each(examples.map((e) => [e.test, e.expected] as const))(`${file}: %j -> %s`, (text, expected) => {
      expect(parseCookieDate(text)).toBe(expected === null ? null : utc(expected));
    });
  }
});

describe('parseCookieDate', () => {
  it('reads the IMF-fixdate, RFC 850 and asctime forms', () => {
    expect(parseCookieDate('Wed, 21 Oct 2026 07:28:00 GMT')).toBe(utc('2026-10-21T07:28:00Z'));
    expect(parseCookieDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(utc('1994-11-06T08:49:37Z'));
    expect(parseCookieDate('Sun Nov  6 08:49:37 1994')).toBe(utc('1994-11-06T08:49:37Z'));
  });

  it('maps two-digit years 70-99 to 19xx and 00-69 to 20xx', () => {
    expect(parseCookieDate('1 Jan 70 00:00:00')).toBe(utc('1970-01-01T00:00:00Z'));
    expect(parseCookieDate('1 Jan 99 00:00:00')).toBe(utc('1999-01-01T00:00:00Z'));
    expect(parseCookieDate('1 Jan 00 00:00:00')).toBe(utc('2000-01-01T00:00:00Z'));
    expect(parseCookieDate('1 Jan 69 00:00:00')).toBe(utc('2069-01-01T00:00:00Z'));
  });

  it('takes three- and four-digit years as written, and refuses years before 1601', () => {
    expect(parseCookieDate('1 Jan 1601 00:00:00')).toBe(Date.UTC(1601, 0, 1));
    expect(parseCookieDate('1 Jan 1600 00:00:00')).toBeNull();
    expect(parseCookieDate('1 Jan 999 00:00:00')).toBeNull();
    expect(parseCookieDate('31 Dec 9999 23:59:59')).toBe(Date.UTC(9999, 11, 31, 23, 59, 59));
  });

  it('refuses a date that lacks a time, a day, a month or a year', () => {
    expect(parseCookieDate('1 Jan 2020')).toBeNull();
    expect(parseCookieDate('Jan 2020 10:00:00')).toBeNull();
    expect(parseCookieDate('1 2020 10:00:00')).toBeNull();
    expect(parseCookieDate('1 Jan 10:00:00')).toBeNull();
    expect(parseCookieDate('')).toBeNull();
    expect(parseCookieDate(' ,;-/ ')).toBeNull();
  });

  it('checks ranges: day 1-31, hour 0-23, minute and second 0-59', () => {
    expect(parseCookieDate('0 Jan 2020 10:00:00')).toBeNull();
    expect(parseCookieDate('32 Jan 2020 10:00:00')).toBeNull();
    expect(parseCookieDate('1 Jan 2020 24:00:00')).toBeNull();
    expect(parseCookieDate('1 Jan 2020 23:60:00')).toBeNull();
    expect(parseCookieDate('1 Jan 2020 23:59:60')).toBeNull();
    expect(parseCookieDate('1 Jan 2020 23:59:59')).toBe(Date.UTC(2020, 0, 1, 23, 59, 59));
  });

  it('refuses days a month does not have, and knows leap years', () => {
    expect(parseCookieDate('31 Apr 2020 00:00:00')).toBeNull();
    expect(parseCookieDate('29 Feb 2020 00:00:00')).toBe(Date.UTC(2020, 1, 29));
    expect(parseCookieDate('29 Feb 2021 00:00:00')).toBeNull();
    expect(parseCookieDate('29 Feb 2000 00:00:00')).toBe(Date.UTC(2000, 1, 29));
    expect(parseCookieDate('29 Feb 2100 00:00:00')).toBeNull();
  });

  it('matches months by their first three letters, in any case', () => {
    expect(parseCookieDate('1 SEPTEMBER 2020 00:00:00')).toBe(Date.UTC(2020, 8, 1));
    expect(parseCookieDate('1 sEpx 2020 00:00:00')).toBe(Date.UTC(2020, 8, 1));
    expect(parseCookieDate('1 Se 2020 00:00:00')).toBeNull();
  });

  it('reads time fields of one or two digits and refuses three', () => {
    expect(parseCookieDate('1 Jan 2020 1:2:3')).toBe(Date.UTC(2020, 0, 1, 1, 2, 3));
    expect(parseCookieDate('1 Jan 2020 1:2:3am')).toBe(Date.UTC(2020, 0, 1, 1, 2, 3));
    expect(parseCookieDate('1 Jan 2020 001:02:03')).toBeNull();
    expect(parseCookieDate('1 Jan 2020 01:02:003')).toBeNull();
    expect(parseCookieDate('1 Jan 2020 01:02')).toBeNull();
  });

  it('takes the first token of each kind and ignores later ones', () => {
    expect(parseCookieDate('1 Jan 2020 10:00:00 2 Feb 2021 11:00:00')).toBe(Date.UTC(2020, 0, 1, 10));
  });

  it('splits tokens only at delimiters; non-ASCII text is part of a token', () => {
    expect(parseCookieDate('1\tJan\t2020\t10:00:00')).toBe(Date.UTC(2020, 0, 1, 10));
    expect(parseCookieDate('1 Jané 2020 10:00:00')).toBe(Date.UTC(2020, 0, 1, 10));
    expect(parseCookieDate('1é Jan 2020 10:00:00')).toBe(Date.UTC(2020, 0, 1, 10));
    expect(parseCookieDate('é1 Jan 2020 10:00:00')).toBeNull();
  });

  it('parses only the given range of a longer text', () => {
    const text = 'Expires=1 Jan 2020 10:00:00; Path=/';
    expect(parseCookieDate(text, 'Expires='.length, text.indexOf(';'))).toBe(Date.UTC(2020, 0, 1, 10));
  });
});
