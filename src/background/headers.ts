import { splitSetCookieField } from '../core/parse/set-cookie-lines.ts';
import type { Header } from '../core/exchange.ts';

/**
 * The only headers a recording keeps: what sessions are traced by, nothing else of the traffic. The fetch
 * metadata says whether a request was cross-site, which tells why a SameSite cookie was not sent.
 */
const REQUEST_HEADERS: ReadonlySet<string> = new Set(['cookie', 'authorization', 'referer', 'content-type', 'sec-fetch-site', 'sec-fetch-dest']);
const RESPONSE_HEADERS: ReadonlySet<string> = new Set(['set-cookie', 'location', 'content-type']);

export const keptRequestHeaders = (headers: readonly Header[]): Header[] =>
  headers.filter(({ name }) => REQUEST_HEADERS.has(name.toLowerCase()));

/** Firefox joins several Set-Cookie fields into one with "\n"; the exchange model has one per cookie. */
export const keptResponseHeaders = (headers: readonly Header[]): Header[] =>
  headers.flatMap(({ name, value }) => {
    const lower = name.toLowerCase();
    if (!RESPONSE_HEADERS.has(lower)) return [];
    if (lower !== 'set-cookie') return [{ name, value }];
    return splitSetCookieField(value).map((line) => ({ name, value: line }));
  });
