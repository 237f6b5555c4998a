import { parseCookieHeader } from '../parse/cookie-header.ts';
import { siteOf } from '../site.ts';
import { requestTargetFrom } from '../store/request-url.ts';
import { isHeaderNamed, type Exchange, type Header } from '../exchange.ts';
import { CookieReplay, type SetCookieFact, type WithheldCookie } from './replay.ts';
import { isPlainHttp } from './transport.ts';
import { splitUrl, type SplitUrl } from '../url-split.ts';

export interface SentCookie {
  readonly name: string;
  readonly value: string;
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
  /** Each Set-Cookie of the response with what the jar did with it. */
  readonly setCookies: readonly SetCookieFact[];
  /** Cookies the jar held for the request's host that the request did not carry, and why. */
  readonly withheld: readonly WithheldCookie[];
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

/** Only names of these lengths matter: most headers are skipped without lower-casing their name. */
const READ_NAME_LENGTHS: ReadonlySet<number> = new Set([6, 7, 13, 14]);

/** The request headers the tracer reads, found in one pass; `sentCookies` is shared, not copied, when there is one header. */
const readRequestHeaders = (headers: readonly Header[], into: MutableRequestFacts, cookiePairs: (header: string) => readonly SentCookie[]): void => {
  for (const header of headers) {
    if (!READ_NAME_LENGTHS.has(header.name.length)) continue;
    const name = header.name.toLowerCase();
    if (name === 'cookie') {
      const pairs = cookiePairs(header.value);
      into.sentCookies = into.sentCookies.length === 0 ? pairs : [...into.sentCookies, ...pairs];
    } else if (name === 'authorization') {
      into.bearer ??= BEARER.exec(header.value)?.[1] ?? null;
      into.headerCredentials ||= HEADER_CREDENTIALS.test(header.value);
    } else if (name === 'referer') into.referer ??= header.value;
    else if (name === 'sec-fetch-site') into.fetchSite ??= header.value.trim().toLowerCase();
    else if (name === 'sec-fetch-dest') into.fetchDest ??= header.value.trim().toLowerCase();
  }
};

interface MutableRequestFacts {
  sentCookies: readonly SentCookie[];
  bearer: string | null;
  headerCredentials: boolean;
  referer: string | null;
  fetchSite: string | null;
  fetchDest: string | null;
}

const setCookieLines = (exchange: Exchange): readonly string[] => {
  if (exchange.response.kind === 'none') return NONE;
  let lines: string[] | null = null;
  for (const header of exchange.response.headers) if (isHeaderNamed(header, 'set-cookie')) (lines ??= []).push(header.value);
  return lines ?? NONE;
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

interface Page {
  readonly host: string;
  readonly secure: boolean;
}

const pageOf = (pageUrl: string, cache: Map<string, Page>): Page => {
  let page = cache.get(pageUrl);
  if (page === undefined) {
    const url = splitUrl(pageUrl);
    page = { host: url?.hostname ?? '', secure: url !== null && isSecureScheme(url.protocol) };
    cache.set(pageUrl, page);
  }
  return page;
};

const isSecureScheme = (protocol: string): boolean => protocol === 'https:' || protocol === 'wss:';

const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

type FactsUnderWay = Omit<ExchangeFacts, 'setCookies' | 'withheld'> & MutableRequestFacts;

/**
 * Feeds one exchange to the jar. SameSite judges schemeful sites unless the browser said (`Sec-Fetch-Site`);
 * a top-level navigation is the one the recording calls the page, unless `Sec-Fetch-Dest` says.
 */
const replayed = (replay: CookieReplay, facts: FactsUnderWay, page: Page): Pick<ExchangeFacts, 'setCookies' | 'withheld'> => {
  const { exchange, url } = facts;
  const secure = url !== null && isSecureScheme(url.protocol);
  const crossSite = facts.fetchSite === null ? facts.site !== facts.pageSite || (page.host !== '' && secure !== page.secure) : facts.fetchSite === 'cross-site';
  const topLevel = facts.fetchDest === null ? exchange.url === exchange.pageUrl : facts.fetchDest === 'document';
  return replay.exchange(
    {
      index: facts.index,
      time: facts.time,
      url: exchange.url,
      target: url === null ? null : requestTargetFrom(url.protocol, url.hostname, url.pathname),
      sentNames: exchange.requestHeadersSeen ? new Set(facts.sentCookies.map((pair) => pair.name)) : null,
      setCookies: url === null ? NONE : setCookieLines(exchange),
      partitionSite: page.host === '' ? null : `${page.secure ? 'https:' : 'http:'}//${facts.pageSite}`,
      crossSite,
      thirdParty: facts.site !== facts.pageSite,
      laxAllowed: topLevel && SAFE_METHODS.has(exchange.method),
    },
    facts.sentCookies,
  );
};

/**
 * Reads every exchange once. `now` stands in for the exchange time when a recording has none (0), so that a
 * cookie's `Expires` is judged against the time it was set, as the browser judged it then.
 */
export const exchangeFacts = (exchanges: readonly Exchange[], now: number, replay: CookieReplay, site = siteCache()): ExchangeFacts[] => {
  const cookiePairs = cookieHeaderCache();
  const pages = new Map<string, Page>();
  return exchanges.map((exchange, index) => {
    const url = splitUrl(exchange.url);
    const host = url?.hostname ?? '';
    const page = pageOf(exchange.pageUrl, pages);
    const facts: FactsUnderWay = {
      index,
      exchange,
      url,
      host,
      site: site(host),
      pageSite: page.host === '' ? site(host) : site(page.host),
      plainHttp: url !== null && isPlainHttp(url),
      sentCookies: NONE,
      bearer: null,
      headerCredentials: false,
      referer: null,
      fetchSite: null,
      fetchDest: null,
      time: exchange.startedAt > 0 ? exchange.startedAt : now,
    };
    readRequestHeaders(exchange.requestHeaders, facts, cookiePairs);
    return { ...facts, ...replayed(replay, facts, page) };
  });
};
