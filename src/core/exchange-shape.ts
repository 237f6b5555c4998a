import type { Exchange, Header, RequestBody, ResponseFacts } from './exchange.ts';

/**
 * Checks, at the boundaries where an exchange arrives as plain data (storage, a message from the panel),
 * that it has the shape of one. The one place such data stops being `unknown`.
 */

export type Fields = { readonly [key: string]: unknown };

export const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const allOrNull = <T>(items: readonly (T | null)[]): T[] | null =>
  items.every((item): item is T => item !== null) ? [...items] : null;

const parseHeader = (value: unknown): Header | null =>
  isFields(value) && typeof value.name === 'string' && typeof value.value === 'string'
    ? { name: value.name, value: value.value }
    : null;

export const parseHeaders = (value: unknown): Header[] | null => (Array.isArray(value) ? allOrNull(value.map(parseHeader)) : null);

export const parseBody = (value: unknown): RequestBody | null => {
  if (!isFields(value)) return null;
  if (value.kind === 'unknown') return { kind: 'unknown' };
  if (value.kind !== 'fields' || !Array.isArray(value.names)) return null;
  const names = allOrNull(value.names.map((name) => (typeof name === 'string' ? name : null)));
  return names === null ? null : { kind: 'fields', names };
};

const parseResponse = (value: unknown): ResponseFacts | null => {
  if (!isFields(value)) return null;
  if (value.kind === 'none') return { kind: 'none' };
  const headers = parseHeaders(value.headers);
  if (value.kind !== 'received' || typeof value.status !== 'number' || headers === null) return null;
  return { kind: 'received', status: value.status, headers };
};

export const parseExchange = (value: unknown): Exchange | null => {
  if (!isFields(value)) return null;
  const { id, startedAt, method, url, pageUrl } = value;
  const requestHeaders = parseHeaders(value.requestHeaders);
  const requestBody = parseBody(value.requestBody);
  const response = parseResponse(value.response);
  if (typeof id !== 'string' || typeof startedAt !== 'number' || typeof method !== 'string') return null;
  if (typeof url !== 'string' || typeof pageUrl !== 'string') return null;
  if (requestHeaders === null || requestBody === null || response === null) return null;
  // Written by a version that did not say: whether headers were seen is unknown, so taken as not.
  const requestHeadersSeen = value.requestHeadersSeen === true;
  return { id, startedAt, method, url, pageUrl, requestHeaders, requestHeadersSeen, requestBody, response };
};

/** A list of exchanges, or null when any item is not one. */
export const parseExchanges = (value: unknown): Exchange[] | null => (Array.isArray(value) ? allOrNull(value.map(parseExchange)) : null);
