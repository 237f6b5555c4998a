import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../src/core/model.ts';
import { cookieQueries, pageCookies } from '../../src/platform/cookie-queries.ts';

const PAGE = 'https://shop.example.com/cart';

describe('cookieQueries', () => {
  it('asks about the page, its frames and every domain of the recording, each also in the page partition', () => {
    const scope = { pageUrl: PAGE, frameUrls: ['https://ads.example.net/frame', 'about:blank'], domains: ['api.example.com', 'example.com', 'api.example.com'] };
    const partitionKey = { topLevelSite: 'https://example.com' };
    expect(cookieQueries(scope, 'chrome')).toEqual([
      { url: PAGE },
      { url: PAGE, partitionKey },
      { url: 'https://ads.example.net/frame' },
      { url: 'https://ads.example.net/frame', partitionKey },
      { domain: 'api.example.com' },
      { domain: 'api.example.com', partitionKey },
      { domain: 'example.com' },
      { domain: 'example.com', partitionKey },
    ]);
  });

  it('reads every partition in Firefox, and nothing for a page that is not http(s)', () => {
    expect(cookieQueries({ pageUrl: PAGE, frameUrls: [], domains: ['a.example'] }, 'firefox')).toContainEqual({ domain: 'a.example', partitionKey: {} });
    expect(cookieQueries({ pageUrl: 'chrome://newtab/', frameUrls: [], domains: ['a.example'] }, 'chrome')).toEqual([]);
  });
});

describe('pageCookies', () => {
  const cookie = (fields: Partial<Cookie>): Cookie => ({
    name: 'sid', value: '1', domain: 'example.com', hostOnly: false, path: '/', secure: true, httpOnly: true, sameSite: 'lax',
    partitioned: false, partitionKey: null, priority: 'medium', expiry: { kind: 'session' }, creationTime: 0, origin: { kind: 'browser-api' },
    ...fields,
  });

  it('lists each cookie once, told apart by the one identity (host-only flag and partition included)', () => {
    const hostOnly = cookie({ hostOnly: true });
    const partitioned = cookie({ partitioned: true, partitionKey: 'https://example.com' });
    const elsewhere = cookie({ partitioned: true, partitionKey: 'https://other.example' });
    expect(pageCookies([cookie({}), cookie({}), hostOnly, partitioned, elsewhere], PAGE)).toEqual([cookie({}), hostOnly, partitioned]);
  });
});
