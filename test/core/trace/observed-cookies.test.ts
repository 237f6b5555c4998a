import { describe, expect, it } from 'vitest';
import type { Exchange, Header } from '../../../src/core/exchange.ts';
import type { ObservedCookie } from '../../../src/core/trace/observed-cookies.ts';
import { traceSessions } from '../../../src/core/trace/trace.ts';
import { exchange as sketched } from '../../support/exchange.ts';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const T = Date.parse('2026-03-01T00:00:00Z');

const exchange = (index: number, url: string, requestHeaders: Header[], setCookies: string[] = [], pageUrl = url): Exchange =>
  sketched({ id: String(index), startedAt: T + index * 1000, url, pageUrl, requestHeaders, setCookies });

const observedCookies = (exchanges: readonly Exchange[], now: number): ObservedCookie[] => traceSessions(exchanges, { now }).cookiesSeen;
const cookie = (name: string, value: string): Header[] => [{ name: 'Cookie', value: `${name}=${value}` }];

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
    expect(seen[0]?.state).toEqual({ kind: 'cleared', exchange: 2, cause: 'deleted' });
  });

  it('judges Expires by the exchange time, not by now: a 2026-04 cookie set in 2026-03 is stored', () => {
    const seen = observedCookies([exchange(0, 'https://a.example/', [], ['pref=1; Expires=Wed, 01 Apr 2026 00:00:00 GMT'])], NOW);
    expect(seen.map(({ cookie }) => cookie.expiry)).toEqual([{ kind: 'persistent', expiresAt: Date.parse('2026-04-01T00:00:00Z') }]);
    expect(seen[0]?.state).toEqual({ kind: 'held' });
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
    expect(seen.map(({ cookie: c }) => [c.name, c.domain, c.value, c.origin.kind])).toEqual([
      ['sid', 'a.example', 'x', 'set-cookie'],
      ['tok', 'www.a.example', '2', 'request-header'],
      ['tok', 'api.a.example', '3', 'request-header'],
    ]);
  });

  it('keeps refused cookies, each with the browser\'s reason and how often it was refused', () => {
    const seen = observedCookies(
      [
        exchange(0, 'https://a.example/', [], ['theme=dark; SameSite=None', '__Secure-pref=1', `big=${'x'.repeat(5000)}`]),
        exchange(1, 'https://a.example/', [], ['theme=dark; SameSite=None']),
      ],
      NOW,
    );
    expect(seen.map(({ cookie: c, state }) => [c.name, state])).toEqual([
      ['theme', { kind: 'refused', exchange: 1, reason: 'samesite-none-without-secure', times: 2 }],
      ['__Secure-pref', { kind: 'refused', exchange: 0, reason: 'secure-prefix-needs-secure', times: 1 }],
      ['big', { kind: 'refused', exchange: 0, reason: 'name-value-too-long', times: 1 }],
    ]);
  });

  it('keeps a refused update apart from the cookie it failed to replace', () => {
    const seen = observedCookies(
      [exchange(0, 'https://a.example/', [], ['sid=secret; Secure; Path=/']), exchange(1, 'http://a.example/', [], ['sid=evil; Path=/'])],
      NOW,
    );
    expect(seen.map(({ cookie: c, state }) => [c.value, state.kind])).toEqual([
      ['secret', 'held'],
      ['evil', 'refused'],
    ]);
  });

  it('tells host-only and domain cookies of one name apart', () => {
    const seen = observedCookies(
      [exchange(0, 'https://a.example/', [], ['id=1; Path=/', 'id=2; Domain=a.example; Path=/']), exchange(1, 'https://a.example/', [], ['id=; Path=/; Max-Age=0'])],
      NOW,
    );
    expect(seen.map(({ cookie: c, state }) => [c.value, c.hostOnly, state.kind])).toEqual([
      ['1', true, 'cleared'],
      ['2', false, 'held'],
    ]);
  });

  it('marks a cookie whose lifetime ran out as cleared by expiry at the first exchange after it', () => {
    const seen = observedCookies(
      [exchange(0, 'https://a.example/', [], ['short=1; Max-Age=1']), exchange(5, 'https://a.example/', [])],
      NOW,
    );
    expect(seen[0]?.state).toEqual({ kind: 'cleared', exchange: 1, cause: 'expired' });
    expect(seen[0]?.withheld).toEqual([{ reason: 'expired', requests: 1, firstExchange: 1 }]);
  });
});

describe('withheld cookies', () => {
  const withheldOf = (exchanges: readonly Exchange[]) => {
    const trace = traceSessions(exchanges, { now: NOW });
    return trace.exchangeCookies.map(({ withheld }) => withheld.map(({ cookie: c, reason }) => `${c.name}:${reason}`));
  };

  it('names why a request to the cookie host did not carry it', () => {
    expect(
      withheldOf([
        exchange(0, 'https://shop.example/', [], ['sec=1; Secure; Path=/', 'adm=1; Path=/admin', 'str=1; SameSite=Strict; Path=/', 'lax=1; SameSite=Lax; Path=/', 'def=1; Path=/', 'none=1; SameSite=None; Secure; Path=/']),
        exchange(1, 'http://shop.example/', cookie('def', '1')),
        exchange(2, 'https://shop.example/img', [{ name: 'Cookie', value: 'none=1' }], [], 'https://other.example/'),
        exchange(3, 'https://shop.example/', [{ name: 'Cookie', value: 'sec=1; str=1; lax=1; def=1; none=1' }]),
      ]),
    ).toEqual([
      [],
      ['adm:path', 'sec:secure-over-http', 'str:unknown', 'lax:unknown', 'none:secure-over-http'],
      ['adm:path', 'sec:samesite-unspecified', 'str:samesite-strict', 'lax:samesite-lax', 'def:samesite-unspecified'],
      ['adm:path'],
    ]);
  });

  it('says third-party cookies are blocked when a SameSite=None cookie is missing from a third-party request', () => {
    expect(
      withheldOf([
        exchange(0, 'https://tracker.example/', [], ['uid=1; SameSite=None; Secure; Path=/']),
        exchange(1, 'https://tracker.example/pixel', [], [], 'https://news.example/'),
      ]),
    ).toEqual([[], ['uid:third-party-blocked']]);
  });

  it('lets a top-level GET navigation carry SameSite=Lax cross-site, as Sec-Fetch-Site and -Dest say', () => {
    const navigation = (headers: Header[]): Exchange => ({ ...exchange(1, 'https://shop.example/', headers), method: 'GET' });
    const fetchHeaders = (dest: string): Header[] => [{ name: 'Sec-Fetch-Site', value: 'cross-site' }, { name: 'Sec-Fetch-Dest', value: dest }];
    const set = exchange(0, 'https://shop.example/', [], ['lax=1; SameSite=Lax; Path=/']);
    expect(withheldOf([set, navigation(fetchHeaders('document'))])).toEqual([[], ['lax:unknown']]);
    expect(withheldOf([set, navigation(fetchHeaders('iframe'))])).toEqual([[], ['lax:samesite-lax']]);
  });

  it('says nothing about a request whose headers were not seen', () => {
    const unseen = { ...exchange(1, 'https://a.example/', []), requestHeadersSeen: false };
    expect(withheldOf([exchange(0, 'https://a.example/', [], ['a=1']), unseen])).toEqual([[], []]);
  });
});

describe('client-side sessions in the trace', () => {
  const FLASK = 'eyJ1c2VyIjoiYWxpY2UifQ.aw8_yw._b58Nsr5RHM-RYklww8B-CUv6IU';

  it('calls a Flask session stateless (the client holds it), not a server-side session', () => {
    const trace = traceSessions(
      [exchange(0, 'https://app.example/login', [], [`session=${FLASK}; HttpOnly; Path=/`]), exchange(1, 'https://app.example/', cookie('session', FLASK))],
      { now: NOW },
    );
    expect(trace.sessions.map((session) => [session.cookie.name, session.architecture])).toEqual([['session', 'stateless-token']]);
    expect(trace.architecture[0]?.evidence).toEqual([{ kind: 'client-session-cookie', cookie: 'session', framework: 'Flask (itsdangerous)' }]);
  });
});

describe('the order of events within one exchange', () => {
  it('shows a value set over plain HTTP as issued, then leaked', () => {
    const trace = traceSessions([exchange(0, 'http://shop.example/', [], ['PHPSESSID=q2l7v7o3g0h6k1m5n8p4r9s2t1; Path=/'])], { now: NOW });
    expect(trace.sessions[0]?.events.map((event) => event.type)).toEqual(['issued', 'leaked']);
  });

  it('shows a value sent over plain HTTP as leaked by the request, before what the response set', () => {
    const sent = cookie('PHPSESSID', 'q2l7v7o3g0h6k1m5n8p4r9s2t1');
    const trace = traceSessions([exchange(0, 'http://shop.example/', sent, ['PHPSESSID=z9y8x7w6v5u4t3s2r1q0p9o8n7; Path=/'])], { now: NOW });
    expect(trace.sessions[0]?.events.map((event) => event.type)).toEqual(['sent', 'leaked', 'rotated']);
  });
});
