import { isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import type { Exchange, Header, ResponseFacts } from '../exchange.ts';
import { requestBodyOf } from './body.ts';
import { cookieHeaderFromArray, hasHarCookies, setCookieLinesFromArray } from './cookie-arrays.ts';
import { hasHeader, headerValue, readHeaders } from './headers.ts';
import { numberAt, objectAt, stringAt } from './json-read.ts';
import { parseStartedDateTime } from './time.ts';
import { splitUrl } from '../url-split.ts';

/**
 * An exchange whose page is filled in once every entry and page is read (pages may come after the entries
 * in a HAR file). Set in place, so a 10,000-entry import does not copy every exchange.
 */
export type PendingExchange = Omit<Exchange, 'pageUrl'> & { pageUrl: string };

/** What one entry tells the importer beyond its exchange, for page resolution and warnings. */
export interface EntryFacts {
  readonly exchange: PendingExchange;
  readonly pageref: string | null;
  /**
   * A top-level navigation, as far as the exporter says. Only the first document of each page (and of the
   * recording) is ever used, so once `hasDocument` says a page has one, later entries are not examined.
   */
  readonly isDocument: boolean;
  readonly startedAtValid: boolean;
  readonly hasResponse: boolean;
  /** Any cookie data at all: header lines or a non-empty `cookies` array. */
  readonly hasCookieData: boolean;
  readonly cookiesFromArrays: boolean;
  /** `headersSize` is larger than the listed request headers by at least a minimal `Cookie:` line. */
  readonly hiddenRequestHeaderBytes: boolean;
  readonly invalidHeaders: number;
}

export type EntryRead = { readonly kind: 'ok'; readonly facts: EntryFacts } | { readonly kind: 'skipped' };

/** An absolute http(s) or ws(s) URL with a host; checked by pattern, the tracer parses each URL once later. */
const ABSOLUTE_URL = /^(?:https?|wss?):\/\/[^/?#\s]/i;
/** The shortest line a stripped cookie header can leave behind: "Cookie: a=b\r\n". */
const MIN_HIDDEN_COOKIE_LINE = 13;

/** The path and query of an absolute URL as written, for the request line `headersSize` counted. */
const requestTarget = (url: string): string => {
  const split = splitUrl(url);
  return split === null ? '/' : `${split.pathname}${split.search}`;
};

/** HTTP/1.x `headersSize` counts the request line, each "Name: value\r\n" and the blank line. */
const listedRequestBytes = (method: string, url: string, httpVersion: string, headers: readonly Header[]): number =>
  `${method} ${requestTarget(url)} ${httpVersion}\r\n`.length +
  headers.reduce((sum, header) => sum + header.name.length + header.value.length + 4, 0) +
  2;

const hasHiddenBytes = (request: JsonObject, method: string, url: string, headers: readonly Header[]): boolean => {
  const headersSize = numberAt(request, 'headersSize');
  if (headersSize === null || headersSize <= 0) return false;
  const listed = listedRequestBytes(method, url, stringAt(request, 'httpVersion') ?? '', headers);
  return headersSize - listed >= MIN_HIDDEN_COOKIE_LINE;
};

/** Chrome says `_resourceType`; newer browsers send `Sec-Fetch-Dest`; older exports only show an HTML response. */
const isDocumentEntry = (entry: JsonObject, requestHeaders: readonly Header[], pageHasDocument: boolean): boolean => {
  if (pageHasDocument) return false;
  const resourceType = stringAt(entry, '_resourceType');
  if (resourceType !== null) return resourceType === 'document';
  const destination = headerValue(requestHeaders, 'sec-fetch-dest');
  if (destination !== null) return destination === 'document';
  const content = objectAt(objectAt(entry, 'response') ?? {}, 'content');
  return (stringAt(content ?? {}, 'mimeType') ?? '').toLowerCase().startsWith('text/html');
};

interface ResponseRead {
  readonly facts: ResponseFacts;
  readonly invalid: number;
  readonly fromArrays: boolean;
  readonly cookieData: boolean;
}

const NO_RESPONSE: ResponseRead = { facts: { kind: 'none' }, invalid: 0, fromArrays: false, cookieData: false };

/** A status of 0 is how Chrome records a request that got no response (blocked, failed, cancelled). */
const responseOf = (entry: JsonObject): ResponseRead => {
  const response = objectAt(entry, 'response');
  const status = response === null ? null : numberAt(response, 'status');
  if (response === null || status === null || status < 1) return NO_RESPONSE;
  const read = readHeaders(response['headers']);
  const hasLines = hasHeader(read.headers, 'set-cookie');
  const synthesized = hasLines ? [] : setCookieLinesFromArray(response['cookies']);
  const headers = synthesized.length === 0 ? read.headers : [...read.headers, ...synthesized.map((value) => ({ name: 'Set-Cookie', value }))];
  return {
    facts: { kind: 'received', status, headers },
    invalid: read.invalid,
    fromArrays: synthesized.length > 0,
    cookieData: hasLines || hasHarCookies(response['cookies']),
  };
};

interface RequestHeadersRead {
  readonly headers: readonly Header[];
  /** The headers as the file lists them, before any line synthesized from the `cookies` array. */
  readonly listed: readonly Header[];
  readonly invalid: number;
  readonly fromArray: boolean;
  readonly cookieData: boolean;
}

const requestHeadersOf = (request: JsonObject): RequestHeadersRead => {
  const read = readHeaders(request['headers']);
  const hasLine = hasHeader(read.headers, 'cookie');
  const fallback = hasLine ? null : cookieHeaderFromArray(request['cookies']);
  return {
    headers: fallback === null ? read.headers : [...read.headers, { name: 'Cookie', value: fallback }],
    listed: read.headers,
    invalid: read.invalid,
    fromArray: fallback !== null,
    cookieData: hasLine || fallback !== null,
  };
};

/**
 * One HAR entry as an exchange plus the facts the importer needs. An entry without a usable request URL is
 * skipped (and counted by the caller); anything else odd is read around.
 * `previousStartedAt` stands in for a missing or invalid `startedDateTime`, so time never runs backwards.
 */
export const readEntry = (entry: JsonValue, index: number, previousStartedAt: number, hasDocument: (pageref: string | null) => boolean): EntryRead => {
  const request = isJsonObject(entry) ? objectAt(entry, 'request') : null;
  const url = request === null ? null : stringAt(request, 'url');
  if (!isJsonObject(entry) || request === null || url === null || !ABSOLUTE_URL.test(url)) return { kind: 'skipped' };
  const method = (stringAt(request, 'method') ?? 'GET').toUpperCase();
  const startedAt = parseStartedDateTime(stringAt(entry, 'startedDateTime'));
  const requestHeaders = requestHeadersOf(request);
  const response = responseOf(entry);
  const pageref = stringAt(entry, 'pageref');
  return {
    kind: 'ok',
    facts: {
      exchange: {
        id: String(index),
        startedAt: startedAt ?? previousStartedAt,
        method,
        url,
        requestHeaders: requestHeaders.headers,
        requestHeadersSeen: requestHeaders.headers.length > 0,
        requestBody: requestBodyOf(request['postData']),
        response: response.facts,
        pageUrl: '',
      },
      pageref,
      isDocument: isDocumentEntry(entry, requestHeaders.headers, hasDocument(pageref)),
      startedAtValid: startedAt !== null,
      hasResponse: response.facts.kind === 'received',
      hasCookieData: requestHeaders.cookieData || response.cookieData,
      cookiesFromArrays: requestHeaders.fromArray || response.fromArrays,
      // Only a recording without any cookie data needs the size evidence; most never compute it.
      hiddenRequestHeaderBytes: !requestHeaders.cookieData && hasHiddenBytes(request, method, url, requestHeaders.listed),
      invalidHeaders: requestHeaders.invalid + response.invalid,
    },
  };
};
