import { describe, expect, it } from 'vitest';
import { parseCookieHeader } from '../../../src/core/parse/cookie-header.ts';

describe('parseCookieHeader', () => {
  it('splits at ";" and the first "=", trimming spaces and tabs, keeping order and duplicates', () => {
    expect(parseCookieHeader('sid=abc; theme = dark ;\tsid=old; token=a=b==')).toEqual({
      pairs: [
        { name: 'sid', value: 'abc' },
        { name: 'theme', value: 'dark' },
        { name: 'sid', value: 'old' },
        { name: 'token', value: 'a=b==' },
      ],
      anomalies: [],
    });
  });

  it('reads an item without "=" as a nameless cookie, the way browsers send one', () => {
    expect(parseCookieHeader('a=b; foo; c=')).toEqual({
      pairs: [
        { name: 'a', value: 'b' },
        { name: '', value: 'foo' },
        { name: 'c', value: '' },
      ],
      anomalies: [],
    });
  });

  it('does not decode values', () => {
    expect(parseCookieHeader('a=%41%20"q"').pairs).toEqual([{ name: 'a', value: '%41%20"q"' }]);
  });

  it('gives no pairs and no anomalies for an empty or blank header, or a trailing ";"', () => {
    expect(parseCookieHeader('')).toEqual({ pairs: [], anomalies: [] });
    expect(parseCookieHeader(' \t ')).toEqual({ pairs: [], anomalies: [] });
    expect(parseCookieHeader('a=b; ')).toEqual({ pairs: [{ name: 'a', value: 'b' }], anomalies: [] });
  });

  it('reports empty items once and skips them', () => {
    expect(parseCookieHeader('; a=b;; =; c=d')).toEqual({
      pairs: [
        { name: 'a', value: 'b' },
        { name: 'c', value: 'd' },
      ],
      anomalies: [{ kind: 'empty-name-and-value' }],
    });
    expect(parseCookieHeader('=').anomalies).toEqual([{ kind: 'empty-name-and-value' }]);
  });

  it('keeps and reports "=value", which no browser sends', () => {
    expect(parseCookieHeader('a=b; =x=y')).toEqual({
      pairs: [
        { name: 'a', value: 'b' },
        { name: '', value: 'x=y' },
      ],
      anomalies: [{ kind: 'malformed-pair', text: '=x=y' }],
    });
  });

  it('keeps characters as they are, control characters included', () => {
    expect(parseCookieHeader('a=b\u0001; c=d\tx')).toEqual({
      pairs: [
        { name: 'a', value: 'b\u0001' },
        { name: 'c', value: 'd\tx' },
      ],
      anomalies: [],
    });
  });
});
