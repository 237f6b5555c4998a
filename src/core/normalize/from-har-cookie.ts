import type { Cookie, SameSite } from '../model.ts';
import { canonicalHost } from '../site.ts';
import { defaultPath } from '../store/match.ts';
import { requestTargetOf } from '../store/request-url.ts';

/**
 * A HAR 1.2 `cookies[]` entry as exporters really write it: Chrome writes `sameSite` as "Lax"/"Strict"/"None",
 * `expires` is an ISO 8601 date or null, and Charles writes null for any field it lacks.
 */
export interface HarCookieLike {
  readonly name: string;
  readonly value: string;
  readonly path?: string | null;
  readonly domain?: string | null;
  readonly expires?: string | null;
  readonly httpOnly?: boolean | null;
  readonly secure?: boolean | null;
  readonly sameSite?: string | null;
}

const SAME_SITE: ReadonlyMap<string, SameSite> = new Map([
  ['lax', 'lax'],
  ['strict', 'strict'],
  ['none', 'none'],
]);

const expiryOf = (expires: string | null | undefined): Cookie['expiry'] => {
  const expiresAt = expires === null || expires === undefined ? Number.NaN : Date.parse(expires);
  return Number.isNaN(expiresAt) ? { kind: 'session' } : { kind: 'persistent', expiresAt };
};

/**
 * A cookie from a HAR entry's `cookies` array. Without a `domain` it is host-only on the request's host;
 * without a usable `path` it gets the request's default path. An unreadable `expires` leaves no date to
 * judge, so the cookie counts as a session cookie.
 */
export const fromHarCookie = (c: HarCookieLike, requestUrl: string, now: number): Cookie => {
  const target = requestTargetOf(requestUrl);
  const domain = c.domain ?? '';
  return {
    name: c.name,
    value: c.value,
    domain: domain === '' ? (target?.host ?? '') : canonicalHost(domain.replace(/^\./, '')),
    hostOnly: domain === '',
    path: c.path?.startsWith('/') === true ? c.path : defaultPath(target?.path ?? '/'),
    secure: c.secure === true,
    httpOnly: c.httpOnly === true,
    sameSite: SAME_SITE.get((c.sameSite ?? '').toLowerCase()) ?? 'unspecified',
    partitioned: false,
    partitionKey: null,
    priority: 'medium',
    expiry: expiryOf(c.expires),
    creationTime: now,
    origin: { kind: 'har-cookie', url: requestUrl },
  };
};
