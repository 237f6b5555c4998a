import type { Exchange, Header } from '../../src/core/exchange.ts';
import { exchange as sketched } from '../support/exchange.ts';

/** How a session value leaks into a tracker's URL: the encodings a URL or header can carry. */
export const LEAKS = ['raw', 'nested', 'nested-twice', 'nested-lower-hex', 'form', 'base64', 'base64url', 'base64-escaped'] as const;
export type Leak = (typeof LEAKS)[number];

/** What a hostile site puts in a recording; every field but the names and `markup` is a secret. */
export interface HostileSite {
  /** A session cookie's name, with markup or control characters after a session-looking start. */
  readonly cookieName: string;
  /** Markup and control characters for a URL path, a method and a query value. */
  readonly markup: string;
  readonly sessionValue: string;
  readonly phpSessionId: string;
  readonly accessToken: string;
  readonly idToken: string;
  readonly jsessionId: string;
  readonly password: string;
  readonly apiKey: string;
  readonly signature: string;
  /** A JWT claim value (the JWT is an `auth` cookie); it also shows up in a URL. */
  readonly claim: string;
  readonly leak: Leak;
}

export const PAGE = 'https://shop.example.com/';
const TRACKER = 'https://t.tracker.test/collect';

const lowerHex = (text: string): string => text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
const base64url = (text: string): string => Buffer.from(text).toString('base64url');

export const jwtWithClaim = (claim: string): string =>
  `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify({ sub: claim, exp: 1_900_000_000 }))}.c2lnbmF0dXJl`;

const leakedQuery = (site: HostileSite): string => {
  const inner = `https://shop.example.com/?s=${site.sessionValue}&php=${site.phpSessionId}`;
  const once = encodeURIComponent(inner);
  const base64 = Buffer.from(site.sessionValue).toString('base64');
  switch (site.leak) {
    case 'raw':
      return `sv=${site.sessionValue}`;
    case 'nested':
      return `u=${once}`;
    case 'nested-twice':
      return `u=${encodeURIComponent(once)}`;
    case 'nested-lower-hex':
      return `u=${lowerHex(once)}`;
    case 'form':
      return new URLSearchParams({ u: inner }).toString();
    case 'base64':
      return `d=${base64}`;
    case 'base64url':
      return `d=${base64url(site.sessionValue)}`;
    case 'base64-escaped':
      return `d=${encodeURIComponent(base64)}`;
  }
};

/** The page URL: an OAuth implicit-flow callback, tokens in the query and the fragment. */
export const pageOf = (site: HostileSite): string =>
  `${PAGE}cb?access_token=${site.accessToken}&token_type=bearer#id_token=${site.idToken}&state=${encodeURIComponent(site.markup)}`;

const exchange = (index: number, method: string, url: string, pageUrl: string, requestHeaders: readonly Header[], setCookies: readonly string[]): Exchange =>
  sketched({ id: String(index), startedAt: Date.UTC(2026, 0, 15, 12, 0, index), method, url, pageUrl, requestHeaders, setCookies });

/**
 * Sets a session cookie with a hostile name, PHPSESSID and a JWT, sends them, leaks the session values to a
 * tracker in `leak`'s encoding, and requests URLs carrying tokens, credentials and markup.
 */
export const hostileExchanges = (site: HostileSite): Exchange[] => {
  const page = pageOf(site);
  const cookies = `${site.cookieName}=${site.sessionValue}; PHPSESSID=${site.phpSessionId}; auth=${jwtWithClaim(site.claim)}`;
  const sent: Header[] = [{ name: 'Cookie', value: cookies }];
  return [
    exchange(0, 'GET', page, page, [], [
      `${site.cookieName}=${site.sessionValue}; Path=/; Secure`,
      `PHPSESSID=${site.phpSessionId}; Path=/`,
      `auth=${jwtWithClaim(site.claim)}; Path=/`,
    ]),
    exchange(1, `GET${site.markup}`, `${PAGE}${site.markup};jsessionid=${site.jsessionId}/x?q=${site.markup}`, page, sent, []),
    exchange(2, 'GET', `${TRACKER}?${leakedQuery(site)}&ref=${encodeURIComponent(page)}`, page, [], []),
    exchange(3, 'GET', `https://api:${site.password}@api.example.com/v1?api_key=${site.apiKey}&X-Amz-Signature=${site.signature}&who=${encodeURIComponent(site.claim)}`, page, sent, [
      // Set again: an event of its own, so this request's URL is in every format's timeline.
      `PHPSESSID=${site.phpSessionId}; Path=/`,
    ]),
  ];
};

export const secretsOf = (site: HostileSite): string[] => [
  site.sessionValue, site.phpSessionId, site.accessToken, site.idToken, site.jsessionId, site.password, site.apiKey, site.signature, site.claim,
];
