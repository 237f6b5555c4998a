import { describe, expect, it } from 'vitest';
import { fromBrowserCookie, type BrowserCookieLike } from '../../../src/core/normalize/from-browser.ts';
import { cookie, NOW } from '../../support/cookie.ts';

const browserCookie = (fields: Partial<BrowserCookieLike> = {}): BrowserCookieLike => ({
  name: 'sid',
  value: 'abc',
  domain: 'www.example.com',
  hostOnly: true,
  path: '/',
  secure: true,
  httpOnly: true,
  sameSite: 'lax',
  session: true,
  storeId: '0',
  ...fields,
});

describe('fromBrowserCookie', () => {
  it('normalises a host-only session cookie', () => {
    expect(fromBrowserCookie(browserCookie(), NOW)).toEqual(cookie({ value: 'abc', creationTime: NOW }));
  });

  it('drops the leading dot of a domain cookie and lower-cases the host', () => {
    const c = fromBrowserCookie(browserCookie({ domain: '.Example.COM', hostOnly: false }), NOW);
    expect(c.domain).toBe('example.com');
    expect(c.hostOnly).toBe(false);
  });

  it('turns fractional expirationDate seconds into epoch milliseconds', () => {
    const c = fromBrowserCookie(browserCookie({ session: false, expirationDate: 1_800_000_000.5 }), NOW);
    expect(c.expiry).toEqual({ kind: 'persistent', expiresAt: 1_800_000_000_500 });
  });

  it('keeps a cookie the browser calls a session cookie a session cookie', () => {
    expect(fromBrowserCookie(browserCookie({ session: true }), NOW).expiry).toEqual({ kind: 'session' });
  });

  it('maps every sameSite status', () => {
    const sameSiteOf = (sameSite: BrowserCookieLike['sameSite']) => fromBrowserCookie(browserCookie({ sameSite }), NOW).sameSite;
    expect(sameSiteOf('no_restriction')).toBe('none');
    expect(sameSiteOf('lax')).toBe('lax');
    expect(sameSiteOf('strict')).toBe('strict');
    expect(sameSiteOf('unspecified')).toBe('unspecified');
  });

  it('reads a partition key as partitioned, keyed by its top-level site', () => {
    const c = fromBrowserCookie(
      browserCookie({ partitionKey: { topLevelSite: 'https://news.example', hasCrossSiteAncestor: false } }),
      NOW,
    );
    expect(c.partitioned).toBe(true);
    expect(c.partitionKey).toBe('https://news.example');
  });

  it('treats a missing or null partition key as unpartitioned, and a key without a site as partitioned', () => {
    expect(fromBrowserCookie(browserCookie({ partitionKey: null }), NOW).partitioned).toBe(false);
    expect(fromBrowserCookie(browserCookie({ firstPartyDomain: '' }), NOW).partitioned).toBe(false);
    const siteless = fromBrowserCookie(browserCookie({ partitionKey: {} }), NOW);
    expect(siteless.partitioned).toBe(true);
    expect(siteless.partitionKey).toBeNull();
  });
});
