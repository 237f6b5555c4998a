import { isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import { splitSetCookieField } from '../parse/set-cookie-lines.ts';
import { isHeaderNamed, type Header } from '../exchange.ts';

export interface HeadersRead {
  readonly headers: readonly Header[];
  /** Header entries that were not `{ name, value }` with text values, and so were left out. */
  readonly invalid: number;
}

type HarHeader = JsonObject & Header;

/** A header the file already gives in Exchange form: kept as it is, without a copy. */
const isPlainHeader = (item: JsonValue): item is HarHeader =>
  isJsonObject(item) &&
  typeof item['name'] === 'string' &&
  typeof item['value'] === 'string' &&
  item['name'] !== '' &&
  !item['name'].startsWith(':') &&
  !(item['value'].includes('\n') && item['name'].toLowerCase() === 'set-cookie');

/** Numbers appear in some exporters' Content-Length; any other non-text value is not a header value. */
const valueTexts = (value: JsonValue | undefined): readonly string[] | null => {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  // Polly.JS writes a repeated header as an array of values: each is one header line.
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  return null;
};

const readHeader = (item: JsonValue, into: Header[]): boolean => {
  if (isPlainHeader(item)) {
    into.push(item);
    return true;
  }
  const name = isJsonObject(item) ? item['name'] : undefined;
  const texts = isJsonObject(item) ? valueTexts(item['value']) : null;
  if (typeof name !== 'string' || name === '' || texts === null) return false;
  if (name.startsWith(':')) return true;
  const setCookie = name.toLowerCase() === 'set-cookie';
  for (const text of texts) {
    if (setCookie) for (const line of splitSetCookieField(text)) into.push({ name, value: line });
    else into.push({ name, value: text });
  }
  return true;
};

/**
 * A HAR `headers` array as Exchange headers: order, duplicates and name case kept; one header per
 * `Set-Cookie` line (chrome-har joins several with "\n"); HTTP/2 and HTTP/3 pseudo-headers (`:authority`)
 * dropped, since the URL and method already say what they say. The common case, an array of plain
 * `{ name, value }` objects, is returned as it is: a large HAR is not copied header by header.
 */
export const readHeaders = (value: JsonValue | undefined): HeadersRead => {
  if (!Array.isArray(value)) return { headers: [], invalid: value === undefined ? 0 : 1 };
  if (value.every(isPlainHeader)) return { headers: value, invalid: 0 };
  const headers: Header[] = [];
  let invalid = 0;
  for (const item of value) if (!readHeader(item, headers)) invalid += 1;
  return { headers, invalid };
};

export const hasHeader = (headers: readonly Header[], lowerCaseName: string): boolean =>
  headers.some((header) => isHeaderNamed(header, lowerCaseName));

export const headerValue = (headers: readonly Header[], lowerCaseName: string): string | null =>
  headers.find((header) => isHeaderNamed(header, lowerCaseName))?.value ?? null;
