import type { Exchange } from '../core/exchange.ts';
import { isFields, parseBody, parseExchange, parseHeaders } from '../core/exchange-shape.ts';
import type { NetworkEvent, RequestFacts, ResourceKind } from '../platform/adapters.ts';

/**
 * What the recorder keeps in `storage.session`, one key per exchange hop plus one per tab, so that each
 * webRequest event rewrites one small record instead of the whole recording.
 */

/** `redirected` ends a hop: the browser's next event for the same request id starts the next hop. */
export type Phase = 'open' | 'redirected' | 'finished';

export interface StoredExchange {
  readonly tabId: number;
  /** Per tab, counts every exchange since the recording began: orders them and counts the dropped ones. */
  readonly seq: number;
  readonly requestId: string;
  /** Redirects reuse the request id; each hop is its own exchange. */
  readonly hop: number;
  readonly phase: Phase;
  readonly kind: ResourceKind;
  readonly exchange: Exchange;
}

export interface TabMeta {
  readonly tabId: number;
  readonly pageUrl: string | null;
  /** Exchanges with a lower `seq` were dropped to keep the bound. */
  readonly firstKeptSeq: number;
}

const PREFIX = 'crumbtrail/tab/';

export const metaKey = (tabId: number): string => `${PREFIX}${tabId}/meta`;

export const exchangeKey = (tabId: number, requestId: string, hop: number): string =>
  `${PREFIX}${tabId}/exchange/${requestId}/${hop}`;

export const exchangeId = (requestId: string, hop: number): string => (hop === 0 ? requestId : `${requestId}.${hop}`);

const JOURNAL_PREFIX = 'crumbtrail/journal/';

/**
 * An event kept the moment it arrives, until what it does to the recording is written: a worker stopped
 * while it was still loading, or still writing, loses nothing. `instance` orders worker lifetimes
 * (its start time first), `n` the events of one.
 */
export const journalKey = (instance: string, n: number): string => `${JOURNAL_PREFIX}${instance}/${String(n).padStart(10, '0')}`;

export type StoredItem =
  | { readonly kind: 'meta'; readonly meta: TabMeta }
  | { readonly kind: 'exchange'; readonly record: StoredExchange }
  | { readonly kind: 'journal'; readonly event: NetworkEvent }
  /** Ours by its key, but not a shape this version reads: removed at load. */
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'foreign' };

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

const PHASES: readonly Phase[] = ['open', 'redirected', 'finished'];
const KINDS: readonly ResourceKind[] = ['main_frame', 'sub_frame', 'other'];
const RESPONSE_EVENTS = ['response-headers', 'redirect', 'completed'] as const;

const oneOf = <T extends string>(options: readonly T[], value: unknown): T | null =>
  options.find((option) => option === value) ?? null;

const parseRecord = (value: unknown): StoredExchange | null => {
  if (!isFields(value)) return null;
  const { tabId, seq, requestId, hop } = value;
  const phase = oneOf(PHASES, value.phase);
  const kind = oneOf(KINDS, value.kind);
  const exchange = parseExchange(value.exchange);
  if (!isCount(tabId) || !isCount(seq) || typeof requestId !== 'string' || !isCount(hop)) return null;
  if (phase === null || kind === null || exchange === null) return null;
  return { tabId, seq, requestId, hop, phase, kind, exchange };
};

const parseFacts = (value: unknown): RequestFacts | null => {
  if (!isFields(value)) return null;
  const { requestId, tabId, url, method, timeStamp } = value;
  const kind = oneOf(KINDS, value.kind);
  if (typeof requestId !== 'string' || typeof tabId !== 'number' || !Number.isInteger(tabId) || kind === null) return null;
  if (typeof url !== 'string' || typeof method !== 'string' || typeof timeStamp !== 'number') return null;
  return { requestId, tabId, kind, url, method, timeStamp };
};

const parseNetworkEvent = (value: unknown): NetworkEvent | null => {
  if (!isFields(value)) return null;
  const facts = parseFacts(value.facts);
  if (facts === null) return null;
  const responseType = oneOf(RESPONSE_EVENTS, value.type);
  if (responseType !== null) {
    const headers = parseHeaders(value.headers);
    return typeof value.status === 'number' && headers !== null ? { type: responseType, facts, status: value.status, headers } : null;
  }
  switch (value.type) {
    case 'request': {
      const body = parseBody(value.body);
      return body === null ? null : { type: 'request', facts, body };
    }
    case 'request-headers': {
      const headers = parseHeaders(value.headers);
      return headers === null ? null : { type: 'request-headers', facts, headers };
    }
    case 'failed':
      return { type: 'failed', facts };
    default:
      return null;
  }
};

const parseMeta = (value: unknown): TabMeta | null => {
  if (!isFields(value)) return null;
  const { tabId, pageUrl, firstKeptSeq } = value;
  if (!isCount(tabId) || !isCount(firstKeptSeq) || !(typeof pageUrl === 'string' || pageUrl === null)) return null;
  return { tabId, pageUrl, firstKeptSeq };
};

/** The one place stored values stop being `unknown`; a record must sit under the key it would be written to. */
export const parseStoredItem = (key: string, value: unknown): StoredItem => {
  if (key.startsWith(JOURNAL_PREFIX)) {
    const event = parseNetworkEvent(value);
    return event === null ? { kind: 'unreadable' } : { kind: 'journal', event };
  }
  if (!key.startsWith(PREFIX)) return { kind: 'foreign' };
  const meta = parseMeta(value);
  if (meta !== null && key === metaKey(meta.tabId)) return { kind: 'meta', meta };
  const record = parseRecord(value);
  if (record !== null && key === exchangeKey(record.tabId, record.requestId, record.hop)) {
    return { kind: 'exchange', record };
  }
  return { kind: 'unreadable' };
};
