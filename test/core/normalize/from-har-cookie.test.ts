import { describe, expect, it } from 'vitest';
import { fromHarCookie } from '../../../src/core/normalize/from-har-cookie.ts';
import { bareCookie, NOW } from '../../support/cookie.ts';

const URL_ = 'https://shop.example.com/account/login?next=/';

describe('fromHarCookie', () => {
  it('makes a cookie without domain host-only on the request host, with the default path', () => {
    expect(fromHarCookie({ name: 'sid', value: 'abc' }, URL_, NOW)).toEqual(
      bareCookie({ value: 'abc', domain: 'shop.example.com', path: '/account', origin: { kind: 'har-cookie', url: URL_ } }),
    );
  });

  it('treats the null fields Charles writes as absent', () => {
    const c = fromHarCookie(
      { name: 'foo1', value: 'bar1', path: '/', domain: null, expires: null, httpOnly: null, secure: null, sameSite: null },
      URL_,
      NOW,
    );
    expect(c.hostOnly).toBe(true);
    expect(c.path).toBe('/');
    expect(c.expiry).toEqual({ kind: 'session' });
  });

  it('makes a cookie with a domain a domain cookie, leading dot or not', () => {
    const dotted = fromHarCookie({ name: '__cfduid', value: 'x', domain: '.typicode.com' }, URL_, NOW);
    expect(dotted).toMatchObject({ domain: 'typicode.com', hostOnly: false });
    expect(fromHarCookie({ name: 'v', value: 'x', domain: 'mytoys.de' }, URL_, NOW)).toMatchObject({
      domain: 'mytoys.de',
      hostOnly: false,
    });
  });

  it('reads ISO expires, including 7-digit fractions with an offset, and ignores unreadable ones', () => {
    expect(fromHarCookie({ name: 'a', value: 'b', expires: '2018-12-22T21:58:49.000Z' }, URL_, NOW).expiry).toEqual({
      kind: 'persistent',
      expiresAt: Date.UTC(2018, 11, 22, 21, 58, 49),
    });
    expect(fromHarCookie({ name: 'za', value: 'deleted', expires: '1970-01-01T08:00:01.0000000+08:00' }, URL_, NOW).expiry).toEqual({
      kind: 'persistent',
      expiresAt: 1000,
    });
    expect(fromHarCookie({ name: 'a', value: 'b', expires: 'soon' }, URL_, NOW).expiry).toEqual({ kind: 'session' });
  });

  it('reads Chrome sameSite spellings case-insensitively and anything else as unspecified', () => {
    const sameSiteOf = (sameSite: string) => fromHarCookie({ name: 'a', value: 'b', sameSite }, URL_, NOW).sameSite;
    expect(sameSiteOf('Lax')).toBe('lax');
    expect(sameSiteOf('Strict')).toBe('strict');
    expect(sameSiteOf('None')).toBe('none');
    expect(sameSiteOf('bogus')).toBe('unspecified');
  });

  it('keeps the flags and an absolute path as given', () => {
    const c = fromHarCookie({ name: 'a', value: 'b', path: '/api', httpOnly: true, secure: true }, URL_, NOW);
    expect(c).toMatchObject({ path: '/api', httpOnly: true, secure: true });
  });

  it('falls back to an empty host and root path when the request URL does not parse', () => {
    expect(fromHarCookie({ name: 'a', value: 'b', path: 'relative' }, 'not a url', NOW)).toMatchObject({
      domain: '',
      hostOnly: true,
      path: '/',
    });
  });
});
