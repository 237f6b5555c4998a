import type { Exchange, Header, RequestBody } from '../../src/core/exchange.ts';

/** What a test says about an exchange; the rest is a GET from its own page, answered 200. */
export interface ExchangeSketch {
  readonly url: string;
  readonly id?: string;
  readonly startedAt?: number;
  readonly method?: string;
  readonly pageUrl?: string;
  /** The request's `Cookie` header, when it sent one (ignored when `requestHeaders` is given). */
  readonly cookie?: string | null;
  readonly requestHeaders?: readonly Header[];
  readonly requestBody?: RequestBody;
  readonly setCookies?: readonly string[];
}

export const exchange = (sketch: ExchangeSketch): Exchange => ({
  id: sketch.id ?? sketch.url,
  startedAt: sketch.startedAt ?? 0,
  method: sketch.method ?? 'GET',
  url: sketch.url,
  pageUrl: sketch.pageUrl ?? sketch.url,
  requestHeaders: sketch.requestHeaders ?? (sketch.cookie == null ? [] : [{ name: 'Cookie', value: sketch.cookie }]),
  requestHeadersSeen: true,
  requestBody: sketch.requestBody ?? { kind: 'unknown' },
  response: { kind: 'received', status: 200, headers: (sketch.setCookies ?? []).map((value) => ({ name: 'Set-Cookie', value })) },
});
