import { parseCookieHeader } from '../parse/cookie-header.ts';
import { siteOf } from '../site.ts';
import { decideStorage, type StorageDecision } from '../store/storage-decision.ts';
import type { Exchange, Header } from './exchange.ts';
import { isHeaderNamed } from './header-name.ts';
import { isPlainHttp } from './transport.ts';
import { splitUrl, type SplitUrl } from './url-split.ts';

export interface SentCookie {
  readonly name: string;
  readonly value: string;
}

export interface SetCookieFact {
  readonly header: string;
  readonly decision: StorageDecision;
}

/** What the tracer reads from one exchange, computed once so that every later pass is a cheap lookup. */
export interface ExchangeFacts {
  readonly index: number;
  readonly exchange: Exchange;
  readonly url: SplitUrl | null;
  readonly host: string;
  readonly site: string;
  /** The site of the top-level page; a request to another site is a third-party request. */
  readonly pageSite: string;
  readonly plainHttp: boolean;
  /** Every pair of every `Cookie` header, in order (HTTP/2 may split the header into several). */
  readonly sentCookies: readonly SentCookie[];
  readonly setCookies: readonly SetCookieFact[];
  /** The token of an `Authorization: Bearer` header. */
  readonly bearer: string | null;
  /** `Authorization: Basic` or `Digest`: credentials sent in a header. */
  readonly headerCredentials: boolean;
  readonly referer: string | null;
  /** The clock to judge `Expires` by: the exchange's own time when the recording has one. */
  readonly time: number;
}

const BEARER = /^bearer\s+(\S+)\s*$/i;
const HEADER_CREDENTIALS = /^(basic|digest)\s/i;

const NONE: readonly never[] = [];

/**
 * Parses a `Cookie` header, reusing the last result when the header repeats the previous one, as it does on
 * request after request to one site. One slot, not a map: hashing every distinct header costs more than it saves.
 */
const cookieHeaderCache = (): ((header: string) => readonly SentCookie[]) => {
  let last = '';
  let lastPairs: readonly SentCookie[] = [];
  return (header) => {
    if (header !== last) {
      last = header;
      lastPairs = parseCookieHeader(header).pairs;
    }
    return lastPairs;
  };
};

/** The request headers the tracer reads, found in one pass; `sentCookies` is shared, not copied, when there is one header. */
const readRequestHeaders = (headers: readonly Header[], into: MutableRequestFacts, cookiePairs: (header: string) => readonly SentCookie[]): void => {
  for (const header of headers) {
    // Only names of these lengths matter: most headers are skipped without lower-casing their name.
    if (header.name.length !== 6 && header.name.length !== 7 && header.name.length !== 13) continue;
    const name = header.name.toLowerCase();
    if (name === 'cookie') {
      const pairs = cookiePairs(header.value);
      into.sentCookies = into.sentCookies.length === 0 ? pairs : [...into.sentCookies, ...pairs];
    } else if (name === 'authorization') {
      into.bearer ??= BEARER.exec(header.value)?.[1] ?? null;
      into.headerCredentials ||= HEADER_CREDENTIALS.test(header.value);
    } else if (name === 'referer') into.referer ??= header.value;
  }
};

interface MutableRequestFacts {
  sentCookies: readonly SentCookie[];
  bearer: string | null;
  headerCredentials: boolean;
  referer: string | null;
}

const setCookieFacts = (exchange: Exchange, time: number): readonly SetCookieFact[] => {
  if (exchange.response.kind === 'none') return NONE;
  let facts: SetCookieFact[] | null = null;
  for (const header of exchange.response.headers) {
    if (!isHeaderNamed(header, 'set-cookie')) continue;
    facts ??= [];
    facts.push({ header: header.value, decision: decideStorage(header.value, exchange.url, time) });
  }
  return facts ?? NONE;
};

/** Sites are cached by host: a recording has few hosts and many requests. */
export const siteCache = (): ((host: string) => string) => {
  const cache = new Map<string, string>();
  return (host) => {
    let site = cache.get(host);
    if (site === undefined) {
      site = siteOf(host);
      cache.set(host, site);
    }
    return site;
  };
};

const pageHost = (pageUrl: string, cache: Map<string, string>): string => {
  let host = cache.get(pageUrl);
  if (host === undefined) {
    host = splitUrl(pageUrl)?.hostname ?? '';
    cache.set(pageUrl, host);
  }
  return host;
};

/**
 * Reads every exchange once. `now` stands in for the exchange time when a recording has none (0), so that a
 * cookie's `Expires` is judged against the time it was set, as the browser judged it then.
 */
export const exchangeFacts = (exchanges: readonly Exchange[], now: number, site = siteCache()): ExchangeFacts[] => {
  const cookiePairs = cookieHeaderCache();
  const pageHosts = new Map<string, string>();
  return exchanges.map((exchange, index) => {
    const url = splitUrl(exchange.url);
    const host = url?.hostname ?? '';
    const page = pageHost(exchange.pageUrl, pageHosts);
    const time = exchange.startedAt > 0 ? exchange.startedAt : now;
    const facts: ExchangeFacts & MutableRequestFacts = {
      index,
      exchange,
      url,
      host,
      site: site(host),
      pageSite: page === '' ? site(host) : site(page),
      plainHttp: url !== null && isPlainHttp(url),
      sentCookies: NONE,
      bearer: null,
      headerCredentials: false,
      referer: null,
      setCookies: url === null ? NONE : setCookieFacts(exchange, time),
      time,
    };
    readRequestHeaders(exchange.requestHeaders, facts, cookiePairs);
    return facts;
  });
};
