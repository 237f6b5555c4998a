import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../../src/core/model.ts';
import {
  decideStorage,
  MAX_COOKIE_LIFETIME_MS,
  type RejectReason,
  type StorageDecision,
} from '../../../src/core/store/storage-decision.ts';
import { bareCookie } from '../../support/cookie.ts';

const NOW = Date.UTC(2026, 10, 23);
const HTTPS = 'https://www.example.com/app/page';
const HTTP = 'http://www.example.com/app/page';

const decide = (header: string, url = HTTPS): StorageDecision => decideStorage(header, url, NOW);
const stored = (header: string, url = HTTPS): Cookie => {
  const decision = decide(header, url);
  if (decision.kind !== 'store') throw new Error(`expected store, got ${decision.kind}`);
  return decision.cookie;
};
const reasonOf = (header: string, url = HTTPS): RejectReason | null => {
  const decision = decide(header, url);
  return decision.kind === 'refused' ? decision.reason : null;
};

describe('decideStorage: the stored cookie', () => {
  it('builds a host-only session cookie with the default path and its origin', () => {
    expect(decide('sid=abc', HTTPS)).toEqual({
      kind: 'store',
      cookie: bareCookie({
        value: 'abc',
        path: '/app',
        creationTime: NOW,
        origin: { kind: 'set-cookie', header: 'sid=abc', url: HTTPS },
      }),
      anomalies: [],
      expiryCapped: false,
    });
  });

  it('carries every attribute over', () => {
    expect(
      stored('sid=abc; Domain=.EXAMPLE.com; Path=/; Secure; HttpOnly; SameSite=None; Partitioned; Priority=High'),
    ).toMatchObject({
      domain: 'example.com',
      hostOnly: false,
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'none',
      partitioned: true,
      priority: 'high',
    });
  });

  it('keeps the parse anomalies whatever the decision', () => {
    expect(decide('a=b; Foo').anomalies).toEqual([{ kind: 'unknown-attribute', attribute: 'Foo' }]);
    expect(decide('a=b; Foo; Secure', HTTP).anomalies).toEqual([{ kind: 'unknown-attribute', attribute: 'Foo' }]);
  });

  it('canonicalises the request host', () => {
    expect(stored('a=b', 'https://WWW.Example.COM./x')).toMatchObject({ domain: 'www.example.com', path: '/' });
  });

  it('makes a cookie whose Domain is the request host a domain cookie', () => {
    expect(stored('a=b; Domain=www.example.com')).toMatchObject({ domain: 'www.example.com', hostOnly: false });
  });

  it('reads an empty last Domain as host-only', () => {
    expect(stored('a=b; Domain=example.com; Domain=')).toMatchObject({ domain: 'www.example.com', hostOnly: true });
  });

  it('makes a Domain that is a public suffix and the request host itself host-only', () => {
    expect(stored('a=b; Domain=github.io', 'https://github.io/')).toMatchObject({ domain: 'github.io', hostOnly: true });
    expect(stored('a=b; Domain=localhost', 'http://localhost/')).toMatchObject({ domain: 'localhost', hostOnly: true });
  });
});

describe('decideStorage: expiry', () => {
  it('sets a persistent expiry from Max-Age, which wins over Expires', () => {
    expect(stored('a=b; Expires=Fri, 01 Jan 2027 00:00:00 GMT; Max-Age=60').expiry).toEqual({
      kind: 'persistent',
      expiresAt: NOW + 60_000,
    });
  });

  it('sets a persistent expiry from Expires', () => {
    expect(stored('a=b; Expires=Fri, 01 Jan 2027 00:00:00 GMT').expiry).toEqual({
      kind: 'persistent',
      expiresAt: Date.UTC(2027, 0, 1),
    });
  });

  it('ignores an invalid Max-Age and falls back to Expires', () => {
    expect(stored('a=b; Max-Age=1e3; Expires=Fri, 01 Jan 2027 00:00:00 GMT').expiry).toEqual({
      kind: 'persistent',
      expiresAt: Date.UTC(2027, 0, 1),
    });
  });

  it('caps an expiry later than 400 days from now and says so', () => {
    const decision = decide('a=b; Max-Age=999999999999999999999');
    expect(decision).toMatchObject({
      kind: 'store',
      expiryCapped: true,
      cookie: { expiry: { kind: 'persistent', expiresAt: NOW + MAX_COOKIE_LIFETIME_MS } },
    });
    expect(decide(`a=b; Max-Age=${400 * 24 * 3600}`)).toMatchObject({ kind: 'store', expiryCapped: false });
    expect(decide(`a=b; Max-Age=${400 * 24 * 3600 + 1}`)).toMatchObject({ kind: 'store', expiryCapped: true });
    expect(decide('a=b; Expires=Fri, 31 Dec 9999 23:59:59 GMT')).toMatchObject({ kind: 'store', expiryCapped: true });
  });

  it.each(['Max-Age=0', 'Max-Age=-1', 'Expires=Thu, 10 Apr 1980 16:33:12 GMT'])(
    'decides to delete a cookie that is already expired (%s)',
    (attribute) => {
      expect(decide(`a=b; ${attribute}`).kind).toBe('delete');
    },
  );

  it('deletes at exactly now: a cookie expiring now is expired', () => {
    expect(decide(`a=b; Expires=${new Date(NOW).toUTCString()}`).kind).toBe('delete');
  });
});

describe('decideStorage: reject reasons', () => {
  it('unparseable: a line with neither name nor value names no cookie', () => {
    expect(decide('  ')).toEqual({ kind: 'refused', reason: 'unparseable', cookie: null, anomalies: [{ kind: 'empty-name-and-value' }] });
  });

  it('control-character: refused whole, with the cookie it would have been (the character shown as U+FFFD)', () => {
    expect(decide('a=b\u0000; Secure; Path=/x')).toMatchObject({
      kind: 'refused',
      reason: 'control-character',
      cookie: { name: 'a', value: 'b\ufffd', secure: true, path: '/x' },
      anomalies: [{ kind: 'control-character' }],
    });
  });

  it('name-value-too-long: over 4096 bytes, refused with the cookie it would have been', () => {
    const value = 'x'.repeat(4096);
    expect(decide(`a=${value}; HttpOnly; Path=/`)).toMatchObject({
      kind: 'refused',
      reason: 'name-value-too-long',
      cookie: { name: 'a', value, httpOnly: true, path: '/' },
      anomalies: [{ kind: 'name-value-too-long', bytes: 4097 }],
    });
  });

  it('keeps the top-level site of a Partitioned cookie as its partition key', () => {
    expect(decideStorage('a=b; Secure; Partitioned', HTTPS, NOW, 'https://top.example')).toMatchObject({
      kind: 'store',
      cookie: { partitioned: true, partitionKey: 'https://top.example' },
    });
    expect(decideStorage('a=b; Secure', HTTPS, NOW, 'https://top.example')).toMatchObject({ cookie: { partitionKey: null } });
  });

  it('invalid-request-url', () => {
    expect(decide('a=b', 'no url')).toMatchObject({ kind: 'refused', reason: 'invalid-request-url', cookie: null });
  });

  it('nameless-value-with-equals: `=a=b` would be sent as a cookie named `a`', () => {
    expect(decide('=a=b')).toMatchObject({ kind: 'refused', reason: 'nameless-value-with-equals', cookie: { name: '', value: 'a=b' } });
    expect(stored('=ab')).toMatchObject({ name: '', value: 'ab' });
  });

  it('public-suffix-domain: a Domain that is a public suffix other than the host', () => {
    expect(decide('a=b; Domain=com')).toMatchObject({
      kind: 'refused',
      reason: 'public-suffix-domain',
      cookie: { domain: 'com', hostOnly: false },
    });
    expect(reasonOf('a=b; Domain=co.kr', 'https://shop.example.co.kr/')).toBe('public-suffix-domain');
    expect(reasonOf('a=b; Domain=github.io', 'https://user.github.io/')).toBe('public-suffix-domain');
  });

  it.each(['other.com', 'ww.example.com', 'sub.www.example.com', 'example.com.', 'www.example.com:443', '"example.com"'])(
    'domain-mismatch: Domain=%s for www.example.com',
    (domain) => {
      expect(reasonOf(`a=b; Domain=${domain}`)).toBe('domain-mismatch');
    },
  );

  it('domain-mismatch: an IP address cannot be widened', () => {
    expect(reasonOf('a=b; Domain=0.0.1', 'http://10.0.0.1/')).toBe('domain-mismatch');
    expect(stored('a=b; Domain=10.0.0.1', 'http://10.0.0.1/')).toMatchObject({ domain: '10.0.0.1' });
  });

  it('secure-from-insecure-origin: Secure set over http', () => {
    expect(reasonOf('a=b; Secure', HTTP)).toBe('secure-from-insecure-origin');
  });

  it.each(['http://localhost:3000/', 'http://app.localhost/', 'http://127.0.0.1/', 'http://[::1]/'])(
    'allows Secure from the loopback origin %s',
    (url) => {
      expect(decide('a=b; Secure', url).kind).toBe('store');
    },
  );

  it('samesite-none-without-secure', () => {
    expect(reasonOf('a=b; SameSite=None')).toBe('samesite-none-without-secure');
    expect(decide('a=b; SameSite=None; Secure').kind).toBe('store');
  });

  it('partitioned-without-secure', () => {
    expect(reasonOf('a=b; Partitioned')).toBe('partitioned-without-secure');
    expect(decide('a=b; Partitioned; Secure').kind).toBe('store');
  });

  it('secure-prefix-needs-secure', () => {
    expect(reasonOf('__Secure-a=b')).toBe('secure-prefix-needs-secure');
    expect(reasonOf('__secure-a=b')).toBe('secure-prefix-needs-secure');
    expect(decide('__Secure-a=b; Secure; Domain=example.com').kind).toBe('store');
  });

  it('host-prefix-needs-secure, -needs-host-only and -needs-root-path', () => {
    expect(reasonOf('__Host-a=b; Path=/')).toBe('host-prefix-needs-secure');
    expect(reasonOf('__Host-a=b; Secure; Path=/; Domain=example.com')).toBe('host-prefix-needs-host-only');
    expect(reasonOf('__Host-a=b; Secure; Path=/app')).toBe('host-prefix-needs-root-path');
    expect(reasonOf('__Host-a=b; Secure')).toBe('host-prefix-needs-root-path');
    expect(decide('__Host-a=b; Secure; Path=/').kind).toBe('store');
  });

  it('judges a nameless cookie by a prefix in its value', () => {
    expect(reasonOf('__Host-a; Path=/')).toBe('host-prefix-needs-secure');
  });

  it('rejects rather than deletes when an expired cookie is not allowed either', () => {
    expect(reasonOf('a=b; Max-Age=0; Domain=other.com')).toBe('domain-mismatch');
    expect(reasonOf('a=b; Max-Age=0; Secure', HTTP)).toBe('secure-from-insecure-origin');
  });
});
