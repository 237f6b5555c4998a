import type { Cookie, SameSite } from '../model.ts';
import { canonicalHost } from '../site.ts';

/**
 * The fields of a WebExtension `cookies.Cookie` (Chrome and Firefox) that Crumbtrail reads, copied
 * structurally so that core code stays free of webextension-polyfill.
 */
export interface BrowserCookieLike {
  readonly name: string;
  readonly value: string;
  /** With a leading dot for a domain cookie. */
  readonly domain: string;
  readonly hostOnly: boolean;
  readonly path: string;
  readonly secure: boolean;
  readonly httpOnly: boolean;
  readonly sameSite: 'no_restriction' | 'lax' | 'strict' | 'unspecified';
  readonly session: boolean;
  /** Seconds since the epoch, fractional; absent for a session cookie. */
  readonly expirationDate?: number;
  readonly storeId: string;
  /** Present for a partitioned (CHIPS) cookie; Firefox may report null for an unpartitioned one. */
  readonly partitionKey?: { readonly topLevelSite?: string; readonly hasCrossSiteAncestor?: boolean } | null;
  /** Firefox first-party isolation; not part of the cookie's identity for Crumbtrail. */
  readonly firstPartyDomain?: string;
}

const SAME_SITE: Readonly<Record<BrowserCookieLike['sameSite'], SameSite>> = {
  no_restriction: 'none',
  lax: 'lax',
  strict: 'strict',
  unspecified: 'unspecified',
};

/** A cookie as the browser's cookie store reports it. The API gives no creation time or priority. */
export const fromBrowserCookie = (c: BrowserCookieLike, now: number): Cookie => ({
  name: c.name,
  value: c.value,
  domain: canonicalHost(c.domain.replace(/^\./, '')),
  hostOnly: c.hostOnly,
  path: c.path,
  secure: c.secure,
  httpOnly: c.httpOnly,
  // A status a newer browser adds reads as unspecified, as an invalid SameSite does.
  sameSite: SAME_SITE[c.sameSite] ?? 'unspecified',
  partitioned: c.partitionKey !== undefined && c.partitionKey !== null,
  // Firefox may report an empty topLevelSite: no site to name.
  partitionKey: c.partitionKey?.topLevelSite || null,
  priority: 'medium',
  expiry:
    c.session || c.expirationDate === undefined
      ? { kind: 'session' }
      : { kind: 'persistent', expiresAt: Math.round(c.expirationDate * 1000) },
  creationTime: now,
  origin: { kind: 'browser-api' },
});
