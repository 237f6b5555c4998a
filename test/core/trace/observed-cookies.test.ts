import { describe, expect, it } from 'vitest';
import type { Exchange, Header } from '../../../src/core/trace/exchange.ts';
import { observedCookies } from '../../../src/core/trace/observed-cookies.ts';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const T = Date.parse('2026-03-01T00:00:00Z');

const exchange = (index: number, url: string, requestHeaders: Header[], setCookies: string[] = []): Exchange => ({
  id: String(index),
  startedAt: T + index * 1000,
  method: 'GET',
  url,
  pageUrl: url,
  requestHeaders,
  requestBody: { kind: 'unknown' },
  response: { kind: 'received', status: 200, headers: setCookies.map((value) => ({ name: 'Set-Cookie', value })) },
});

describe('observedCookies', () => {
  it('replays Set-Cookie in order: the last attributes win, and a later deletion keeps the lived-with attributes', () => {
    const seen = observedCookies(
      [
        exchange(0, 'https://a.example/', [], ['sid=1; Path=/', 'za=deleted; Expires=Thu, 01 Jan 1970 00:00:01 GMT']),
        exchange(1, 'https://a.example/', [], ['sid=2; Path=/; Secure; HttpOnly']),
        exchange(2, 'https://a.example/', [], ['sid=; Path=/; Max-Age=0']),
      ],
      NOW,
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]?.cookie).toMatchObject({ name: 'sid', value: '2', secure: true, httpOnly: true, origin: { kind: 'set-cookie' } });
  });

  it('judges Expires by the exchange time, not by now: a 2026-04 cookie set in 2026-03 is stored', () => {
    const seen = observedCookies([exchange(0, 'https://a.example/', [], ['pref=1; Expires=Wed, 01 Apr 2026 00:00:00 GMT'])], NOW);
    expect(seen.map(({ cookie }) => cookie.expiry)).toEqual([{ kind: 'persistent', expiresAt: Date.parse('2026-04-01T00:00:00Z') }]);
  });

  it('keeps parser anomalies with the cookie', () => {
    const seen = observedCookies([exchange(0, 'https://a.example/', [], ['sid=1; SameSite=Sometimes'])], NOW);
    expect(seen[0]?.anomalies).toContainEqual({ kind: 'invalid-samesite', text: 'Sometimes' });
  });

  it('adds cookies seen only in Cookie headers once per host, with the last value and origin request-header', () => {
    const seen = observedCookies(
      [
        exchange(0, 'https://www.a.example/', [{ name: 'Cookie', value: 'tok=1; sid=x' }], ['sid=x; Domain=a.example; Path=/']),
        exchange(1, 'https://www.a.example/p', [{ name: 'cookie', value: 'tok=2; sid=x' }]),
        exchange(2, 'https://api.a.example/', [{ name: 'Cookie', value: 'tok=3; sid=x' }]),
      ],
      NOW,
    );
    expect(seen.map(({ cookie }) => [cookie.name, cookie.domain, cookie.value, cookie.origin.kind])).toEqual([
      ['sid', 'a.example', 'x', 'set-cookie'],
      ['tok', 'www.a.example', '2', 'request-header'],
      ['tok', 'api.a.example', '3', 'request-header'],
    ]);
  });
});
