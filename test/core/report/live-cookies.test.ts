import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../../src/core/exchange.ts';
import type { Cookie } from '../../../src/core/model.ts';
import { analyze } from '../../../src/core/report/analyze.ts';
import { exchange as sketched } from '../../support/exchange.ts';

const AT = Date.parse('2026-06-01T12:00:00Z');
const PAGE = 'http://shop.example.com/';

const exchange = (index: number, url: string, cookie: string | null, setCookies: readonly string[]): Exchange =>
  sketched({ id: `req-${index}`, startedAt: AT - 10_000 + index * 1000, url, pageUrl: PAGE, cookie, setCookies });

const SID = 'PHPSESSID=q2l7v7o3g0h6k1m5n8p4r9s2t1';

describe('the live view covers the whole recording', () => {
  it('keeps judging a session cookie a logout deleted: the grade does not improve', () => {
    const login = [exchange(0, `${PAGE}login`, null, [`${SID}; path=/`]), exchange(1, `${PAGE}account`, SID, [])];
    const logout = exchange(2, `${PAGE}logout`, SID, ['PHPSESSID=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0; path=/']);
    const held: Cookie = {
      name: 'PHPSESSID', value: 'q2l7v7o3g0h6k1m5n8p4r9s2t1', domain: 'shop.example.com', hostOnly: true, path: '/', secure: false, httpOnly: false,
      sameSite: 'unspecified', partitioned: false, partitionKey: null, priority: 'medium', expiry: { kind: 'session' }, creationTime: AT, origin: { kind: 'browser-api' },
    };
    const before = analyze({ kind: 'browser', pageUrl: PAGE, cookies: [held], exchanges: login, dropped: 0 }, AT);
    const after = analyze({ kind: 'browser', pageUrl: PAGE, cookies: [], exchanges: [...login, logout], dropped: 0 }, AT);
    expect(after.cookies.map(({ classified }) => [classified.cookie.name, classified.state])).toEqual([['PHPSESSID', { kind: 'cleared', exchange: 2, cause: 'deleted' }]]);
    expect(after.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['missing-httponly', 'missing-secure', 'sent-over-http']));
    expect(after.score).toBeLessThanOrEqual(before.score);
    expect(after.grade).toBe(before.grade);
  });

  it('names the most likely reason the browser does not hold a cookie the recording saw set', () => {
    const exchanges = [
      exchange(0, PAGE, null, []),
      { ...exchange(1, 'https://tracker.example.net/pixel', null, ['uid=abc123; SameSite=None; Secure; Path=/', 'lax=1; SameSite=Lax; Secure; Path=/']) },
      exchange(2, `${PAGE}x`, null, ['gone=1; Path=/']),
    ];
    const analysis = analyze({ kind: 'browser', pageUrl: PAGE, cookies: [], exchanges, dropped: 0 }, AT);
    expect(analysis.cookies.map(({ classified }) => [classified.cookie.name, classified.state])).toEqual([
      ['uid', { kind: 'not-held', exchange: 1, reason: 'third-party-blocked' }],
      ['lax', { kind: 'not-held', exchange: 1, reason: 'samesite-cross-site-response' }],
      ['gone', { kind: 'not-held', exchange: 2, reason: 'removed' }],
    ]);
  });
});
