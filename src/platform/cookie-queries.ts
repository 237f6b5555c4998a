import type { Cookie } from '../core/model.ts';
import { siteOf } from '../core/site.ts';

/** The part of `cookies.getAll`'s filter the extension uses. */
export type CookieQuery =
  | { readonly url: string }
  /** Chrome names the partition to read; Firefox reads every partition with `{}`. */
  | { readonly url: string; readonly partitionKey: { readonly topLevelSite?: string } };

const isHttpUrl = (url: string): boolean => {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};

/** A page's schemeful site (`https://example.com`): the key Chrome partitions cookies by. */
const topLevelSiteOf = (pageUrl: string): string => {
  const { protocol, hostname } = new URL(pageUrl);
  return `${protocol}//${siteOf(hostname)}`;
};

/**
 * Every query that together finds the cookies a page and its frames can see: per URL, the unpartitioned
 * cookies and the ones partitioned under the page's site (CHIPS, or Firefox's Total Cookie Protection).
 */
export const cookieQueries = (
  pageUrl: string,
  frameUrls: readonly string[],
  target: 'chrome' | 'firefox',
): CookieQuery[] => {
  if (!isHttpUrl(pageUrl)) return [];
  const partitionKey = target === 'firefox' ? {} : { topLevelSite: topLevelSiteOf(pageUrl) };
  const urls = [...new Set([pageUrl, ...frameUrls.filter(isHttpUrl)])];
  return urls.flatMap((url) => [{ url }, { url, partitionKey }]);
};

const identity = (cookie: Cookie): string =>
  JSON.stringify([cookie.name, cookie.domain, cookie.path, cookie.partitionKey]);

const siteOfUrl = (url: string): string | null => {
  try {
    return siteOf(new URL(url).hostname);
  } catch {
    return null;
  }
};

/** Firefox's `partitionKey: {}` reads every partition: a frame's cookies kept under other sites are not this page's. */
const isInPagePartition = (cookie: Cookie, pageSite: string | null): boolean =>
  cookie.partitionKey === null || siteOfUrl(cookie.partitionKey) === null || siteOfUrl(cookie.partitionKey) === pageSite;

/** The page's cookies, once each: the queries overlap (a frame on the page's host, both partition filters). */
export const pageCookies = (cookies: readonly Cookie[], pageUrl: string): Cookie[] => {
  const pageSite = siteOfUrl(pageUrl);
  const inPartition = cookies.filter((cookie) => isInPagePartition(cookie, pageSite));
  return [...new Map(inPartition.map((cookie) => [identity(cookie), cookie])).values()];
};
