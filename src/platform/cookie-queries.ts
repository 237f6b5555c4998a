import { cookieKey, type Cookie } from '../core/model.ts';
import { siteOf } from '../core/site.ts';

type PartitionFilter = { readonly topLevelSite?: string };

/** The part of `cookies.getAll`'s filter the extension uses; Chrome names a partition, Firefox reads all with `{}`. */
export type CookieQuery =
  | { readonly url: string }
  | { readonly url: string; readonly partitionKey: PartitionFilter }
  /** Every cookie of a domain and its subdomains, whatever its path: the recording's cookies may be anywhere. */
  | { readonly domain: string }
  | { readonly domain: string; readonly partitionKey: PartitionFilter };

/** Where to look: the page, its frames, and every domain the recording saw a cookie sent or set on. */
export interface CookieScope {
  readonly pageUrl: string;
  readonly frameUrls: readonly string[];
  readonly domains: readonly string[];
}

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
 * Every query that together finds the cookies a page, its frames and its recording can see: per URL and
 * per domain, the unpartitioned cookies and the ones partitioned under the page's site (CHIPS, or
 * Firefox's Total Cookie Protection).
 */
export const cookieQueries = ({ pageUrl, frameUrls, domains }: CookieScope, target: 'chrome' | 'firefox'): CookieQuery[] => {
  if (!isHttpUrl(pageUrl)) return [];
  const partitionKey = target === 'firefox' ? {} : { topLevelSite: topLevelSiteOf(pageUrl) };
  const urls = [...new Set([pageUrl, ...frameUrls.filter(isHttpUrl)])];
  return [
    ...urls.flatMap((url) => [{ url }, { url, partitionKey }]),
    ...[...new Set(domains)].flatMap((domain) => [{ domain }, { domain, partitionKey }]),
  ];
};


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
  return [...new Map(inPartition.map((cookie) => [cookieKey(cookie), cookie])).values()];
};
