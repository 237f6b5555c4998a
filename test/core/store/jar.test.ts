import { describe, expect, it } from 'vitest';
import { CookieJar } from '../../../src/core/store/jar.ts';

const T0 = Date.UTC(2026, 10, 23);
const HTTPS = 'https://www.example.com/';
const HTTP = 'http://www.example.com/';

const jarWith = (headers: readonly string[], url = HTTPS, now = T0): CookieJar => {
  const jar = new CookieJar();
  headers.forEach((header, i) => jar.setCookie(header, url, now + i));
  return jar;
};

describe('CookieJar: storing and replacing', () => {
  it('replaces a cookie of the same name, domain, host-only flag and path, keeping its creation time and place', () => {
    const jar = jarWith(['a=1; Path=/', 'b=2; Path=/']);
    const decision = jar.setCookie('a=3; Path=/; HttpOnly', HTTPS, T0 + 100);
    expect(decision).toMatchObject({ kind: 'updated', cookie: { value: '3', creationTime: T0 } });
    expect(jar.cookies(T0 + 100).map((c) => [c.name, c.value, c.httpOnly, c.creationTime])).toEqual([
      ['a', '3', true, T0],
      ['b', '2', false, T0 + 1],
    ]);
    expect(jar.cookieHeader(HTTPS, T0 + 100)).toBe('a=3; b=2');
  });

  it('keeps cookies apart that differ in path, domain or host-only flag', () => {
    const jar = jarWith(['a=1; Path=/', 'a=2; Path=/x', 'a=3; Domain=example.com; Path=/', 'a=4; Domain=www.example.com; Path=/']);
    expect(jar.cookies(T0 + 10).map((c) => c.value)).toEqual(['1', '2', '3', '4']);
  });

  it('replaces a nameless cookie with the next nameless one', () => {
    const jar = jarWith(['foo', 'bar']);
    expect(jar.cookieHeader(HTTPS, T0 + 10)).toBe('bar');
  });

  it('returns reject decisions and stores nothing for them', () => {
    const jar = new CookieJar();
    expect(jar.setCookie('a=b; Domain=other.com', HTTPS, T0)).toMatchObject({ kind: 'refused', reason: 'domain-mismatch' });
    expect(jar.cookies(T0)).toEqual([]);
  });
});

describe('CookieJar: deleting and expiring', () => {
  it('deletes a stored cookie when an already-expired one replaces it', () => {
    const jar = jarWith(['a=1; Path=/', 'b=2; Path=/']);
    expect(jar.setCookie('a=; Path=/; Max-Age=0', HTTPS, T0 + 5).kind).toBe('deleted');
    expect(jar.cookieHeader(HTTPS, T0 + 5)).toBe('b=2');
  });

  it('deletes nothing when the expired cookie does not match (other path)', () => {
    const jar = jarWith(['a=1; Path=/']);
    jar.setCookie('a=; Path=/x; Max-Age=0', HTTPS, T0 + 5);
    expect(jar.cookieHeader(HTTPS, T0 + 5)).toBe('a=1');
  });

  it('evicts a cookie once its expiry has passed', () => {
    const jar = jarWith(['a=1; Max-Age=60', 'b=2']);
    expect(jar.cookieHeader(HTTPS, T0 + 59_000)).toBe('a=1; b=2');
    expect(jar.cookieHeader(HTTPS, T0 + 60_000)).toBe('b=2');
    expect(jar.cookies(T0 + 60_000).map((c) => c.name)).toEqual(['b']);
  });
});

describe('CookieJar: sending', () => {
  it('sends cookies with longer paths first, then the earlier created', () => {
    const jar = jarWith(['a=1; Path=/', 'b=2; Path=/x/y', 'c=3; Path=/x', 'd=4; Path=/']);
    expect(jar.cookieHeader('https://www.example.com/x/y/z', T0 + 10)).toBe('b=2; c=3; a=1; d=4');
  });

  it('orders cookies created in the same millisecond by when they were set', () => {
    const jar = new CookieJar();
    for (const header of ['z=1', 'a=2', 'm=3']) jar.setCookie(header, HTTPS, T0);
    expect(jar.cookieHeader(HTTPS, T0)).toBe('z=1; a=2; m=3');
  });

  it('sends host-only cookies to the host alone and domain cookies to subdomains too', () => {
    const jar = jarWith(['host=1; Path=/', 'dom=2; Domain=www.example.com; Path=/']);
    expect(jar.cookieHeader('https://www.example.com/', T0 + 5)).toBe('host=1; dom=2');
    expect(jar.cookieHeader('https://sub.www.example.com/', T0 + 5)).toBe('dom=2');
    expect(jar.cookieHeader('https://example.com/', T0 + 5)).toBeNull();
  });

  it('sends only to paths the cookie path matches', () => {
    const jar = jarWith(['a=1; Path=/app']);
    expect(jar.cookieHeader('https://www.example.com/app/x', T0 + 1)).toBe('a=1');
    expect(jar.cookieHeader('https://www.example.com/apple', T0 + 1)).toBeNull();
  });

  it('does not send Secure cookies over http, but does to localhost', () => {
    const jar = jarWith(['s=1; Secure', 'p=2']);
    expect(jar.cookieHeader(HTTPS, T0 + 5)).toBe('s=1; p=2');
    expect(jar.cookieHeader(HTTP, T0 + 5)).toBe('p=2');
    const local = jarWith(['s=1; Secure'], 'http://localhost:8080/');
    expect(local.cookieHeader('http://localhost:8080/', T0 + 5)).toBe('s=1');
  });

  it('serialises a nameless cookie as its value and an empty value as "name="', () => {
    const jar = jarWith(['foo', 'x=']);
    expect(jar.cookieHeader(HTTPS, T0 + 5)).toBe('foo; x=');
  });

  it('sends nothing for an invalid URL or an empty jar', () => {
    expect(jarWith(['a=1']).cookieHeader('not a url', T0)).toBeNull();
    expect(new CookieJar().cookieHeader(HTTPS, T0)).toBeNull();
  });
});

describe('CookieJar: Secure cookies and non-secure origins', () => {
  it('refuses to overwrite a Secure cookie from http', () => {
    const jar = jarWith(['sid=secret; Secure; Path=/']);
    expect(jar.setCookie('sid=evil; Path=/', HTTP, T0 + 5)).toMatchObject({
      kind: 'refused',
      reason: 'overwrites-secure-cookie',
      cookie: { value: 'evil' },
    });
    expect(jar.cookieHeader(HTTPS, T0 + 5)).toBe('sid=secret');
  });

  it('refuses to shadow it from http with a wider domain or a deeper path', () => {
    const jar = jarWith(['sid=secret; Secure; Path=/']);
    expect(jar.setCookie('sid=evil; Domain=example.com; Path=/', HTTP, T0 + 5)).toMatchObject({
      reason: 'overwrites-secure-cookie',
    });
    expect(jar.setCookie('sid=evil; Path=/deeper', HTTP, T0 + 5)).toMatchObject({ reason: 'overwrites-secure-cookie' });
  });

  it('refuses to delete it from http', () => {
    const jar = jarWith(['sid=secret; Secure; Path=/']);
    expect(jar.setCookie('sid=; Path=/; Max-Age=0', HTTP, T0 + 5)).toMatchObject({ reason: 'overwrites-secure-cookie' });
    expect(jar.cookieHeader(HTTPS, T0 + 5)).toBe('sid=secret');
  });

  it('allows a cookie of another name, an unrelated path, or from https or localhost', () => {
    const jar = jarWith(['sid=secret; Secure; Path=/app']);
    expect(jar.setCookie('other=1; Path=/', HTTP, T0 + 5).kind).toBe('stored');
    expect(jar.setCookie('sid=x; Path=/', HTTP, T0 + 5).kind).toBe('stored');
    expect(jar.setCookie('sid=new; Path=/app', HTTPS, T0 + 5).kind).toBe('updated');
    const local = jarWith(['sid=secret; Secure; Path=/'], 'http://localhost/');
    expect(local.setCookie('sid=plain; Path=/', 'http://localhost/', T0 + 5).kind).toBe('updated');
  });
});

describe('CookieJar: outcomes, host-only and partitions', () => {
  it('says whether a line stored a new cookie, updated one, or deleted one it held', () => {
    const jar = new CookieJar();
    expect(jar.setCookie('a=1; Path=/', HTTPS, T0)).toMatchObject({ kind: 'stored', cookie: { value: '1' } });
    expect(jar.setCookie('a=2; Path=/', HTTPS, T0 + 1)).toMatchObject({ kind: 'updated', cookie: { value: '2' }, previous: { value: '1' } });
    expect(jar.setCookie('a=; Path=/; Max-Age=0', HTTPS, T0 + 2)).toMatchObject({ kind: 'deleted', removed: { value: '2' } });
    expect(jar.setCookie('a=; Path=/; Max-Age=0', HTTPS, T0 + 3)).toMatchObject({ kind: 'deleted', removed: null });
  });

  it('keeps a host-only cookie and a domain cookie of one name and path apart: replacing one leaves the other', () => {
    const jar = jarWith(['id=host; Path=/', 'id=domain; Domain=www.example.com; Path=/']);
    jar.setCookie('id=host2; Path=/', HTTPS, T0 + 10);
    expect(jar.cookies(T0 + 10).map((c) => [c.value, c.hostOnly])).toEqual([['host2', true], ['domain', false]]);
    jar.setCookie('id=; Domain=www.example.com; Path=/; Max-Age=0', HTTPS, T0 + 11);
    expect(jar.cookieHeader('https://www.example.com/', T0 + 11)).toBe('id=host2');
    expect(jar.cookieHeader('https://sub.www.example.com/', T0 + 11)).toBeNull();
  });

  it('refuses, from http, a cookie that would shadow a Secure one set on a parent domain, and allows it once that expired', () => {
    const jar = jarWith(['sid=secret; Secure; Domain=example.com; Path=/; Max-Age=60']);
    expect(jar.setCookie('sid=evil; Path=/', HTTP, T0 + 5).kind).toBe('refused');
    expect(jar.setCookie('sid=plain; Path=/', HTTP, T0 + 61_000).kind).toBe('stored');
  });

  it('refuses, from http, a host-only cookie over a Secure one of the same name set by a subdomain for the parent', () => {
    const jar = jarWith(['sid=secret; Secure; Domain=www.example.com; Path=/'], 'https://app.www.example.com/');
    expect(jar.setCookie('sid=evil; Path=/', HTTP, T0 + 5)).toMatchObject({ kind: 'refused', reason: 'overwrites-secure-cookie' });
  });

  it('keeps a Partitioned cookie per top-level site and sends it only within it', () => {
    const jar = new CookieJar();
    jar.setCookie('p=a; Secure; Partitioned; Path=/', HTTPS, T0, 'https://one.example');
    jar.setCookie('p=b; Secure; Partitioned; Path=/', HTTPS, T0 + 1, 'https://two.example');
    expect(jar.cookies(T0 + 2).map((c) => [c.value, c.partitionKey])).toEqual([['a', 'https://one.example'], ['b', 'https://two.example']]);
    expect(jar.cookieHeader(HTTPS, T0 + 2, 'https://two.example')).toBe('p=b');
    expect(jar.cookieHeader(HTTPS, T0 + 2, 'https://three.example')).toBeNull();
  });

  it('evicts many cookies by their own expiry, in any order they were set', () => {
    const jar = new CookieJar();
    for (let i = 0; i < 50; i += 1) jar.setCookie(`c${i}=1; Max-Age=${(i * 37) % 50 + 1}`, HTTPS, T0);
    expect(jar.evictExpired(T0 + 25_000).length).toBe(25);
    expect(jar.cookies(T0 + 25_000)).toHaveLength(25);
    expect(jar.evictExpired(T0 + 50_000).length).toBe(25);
  });
});
