import { unrecorded, type Exchange, type Header, type ResponseFacts } from '../core/exchange.ts';
import type { NetworkEvent, RequestFacts } from '../platform/adapters.ts';
import { keptRequestHeaders, keptResponseHeaders } from './headers.ts';
import { exchangeId, exchangeKey, metaKey, type StoredExchange, type TabMeta } from './stored.ts';

export interface TabRecording {
  /** The last top-level page the tab loaded while recording, if one was seen. */
  readonly pageUrl: string | null;
  readonly exchanges: readonly Exchange[];
  readonly dropped: number;
  /** Documents loaded in the tab's frames: their cookies belong to the page too. */
  readonly frameUrls: readonly string[];
}

/** Where the recordings' changes go to be kept: every record and tab summary by its storage key. */
export interface RecordSink {
  readonly put: (key: string, value: StoredExchange | TabMeta) => void;
  readonly remove: (key: string) => void;
}

interface TabState {
  pageUrl: string | null;
  firstKeptSeq: number;
  nextSeq: number;
  /** Oldest first: records are inserted in `seq` order and updated in place. */
  readonly records: Map<string, StoredExchange>;
  /** The latest hop seen for each request id. */
  readonly latestHop: Map<string, number>;
}

const emptyTab = (): TabState => ({ pageUrl: null, firstKeptSeq: 0, nextSeq: 0, records: new Map(), latestHop: new Map() });

const received = (status: number, headers: readonly Header[]): ResponseFacts => ({ kind: 'received', status, headers: keptResponseHeaders(headers) });

/** The browser only sends headers with the final response of a hop; earlier events do not overwrite it. */
const responseOr = (response: ResponseFacts, status: number, headers: readonly Header[]): ResponseFacts =>
  response.kind === 'none' ? received(status, headers) : response;

const withEvent = (record: StoredExchange, event: NetworkEvent): StoredExchange => {
  const { exchange } = record;
  switch (event.type) {
    case 'request':
      return event.body.kind === 'fields' ? { ...record, exchange: { ...exchange, requestBody: event.body } } : record;
    case 'request-headers':
      return { ...record, exchange: { ...exchange, requestHeaders: keptRequestHeaders(event.headers), requestHeadersSeen: true } };
    case 'response-headers':
      return { ...record, exchange: { ...exchange, response: received(event.status, event.headers) } };
    case 'redirect':
    case 'completed': {
      const response = responseOr(exchange.response, event.status, event.headers);
      return { ...record, phase: event.type === 'redirect' ? 'redirected' : 'finished', exchange: { ...exchange, response } };
    }
    case 'failed':
      return { ...record, phase: 'finished' };
  }
};

/** After a redirect, the browser's next event for the request id is the next hop's (at its new URL). */
const startsNextHop = (latest: StoredExchange, event: NetworkEvent): boolean =>
  latest.phase === 'redirected' && (event.type === 'request' || event.facts.url !== latest.exchange.url);

const newHop = (tab: TabState, facts: RequestFacts, hop: number): StoredExchange => {
  const seq = tab.nextSeq;
  tab.nextSeq += 1;
  const pageUrl = facts.kind === 'main_frame' ? facts.url : (tab.pageUrl ?? facts.url);
  const exchange: Exchange = {
    id: exchangeId(facts.requestId, hop),
    startedAt: facts.timeStamp,
    method: facts.method,
    url: facts.url,
    pageUrl,
    requestHeaders: [],
    requestHeadersSeen: false,
    requestBody: { kind: 'unknown' },
    response: { kind: 'none' },
  };
  return { tabId: facts.tabId, seq, requestId: facts.requestId, hop, phase: 'open', kind: facts.kind, exchange };
};

/** What applying one event did: which tab changed, and whether its page is still unknown. */
export type Applied = { readonly kind: 'ignored' } | { readonly kind: 'changed'; readonly tabId: number; readonly pageUnknown: boolean };

/**
 * Assembles each tab's exchanges from webRequest events, one per request hop, bounded per tab (the oldest
 * dropped and counted), and tells the sink every change. Nothing here waits or writes.
 */
export class TabRecordings {
  readonly #tabs = new Map<number, TabState>();
  readonly #closed = new Set<number>();

  constructor(
    private readonly limit: number,
    private readonly sink: RecordSink,
  ) {}

  /** Brings back what an earlier instance kept, enforcing the bound again (a stop can fall mid-drop). */
  restore(records: readonly StoredExchange[], metas: ReadonlyMap<number, TabMeta>): void {
    for (const record of [...records].sort((a, b) => a.seq - b.seq)) {
      const tab = this.#tabOrNew(record.tabId);
      tab.records.set(exchangeKey(record.tabId, record.requestId, record.hop), record);
      tab.latestHop.set(record.requestId, Math.max(record.hop, tab.latestHop.get(record.requestId) ?? 0));
      tab.nextSeq = Math.max(tab.nextSeq, record.seq + 1);
    }
    for (const [tabId, tab] of this.#tabs) this.#settle(tabId, tab, metas.get(tabId));
    for (const [tabId, meta] of metas) {
      if (this.#tabs.has(tabId)) continue;
      const tab = this.#tabOrNew(tabId);
      tab.pageUrl = meta.pageUrl;
      tab.firstKeptSeq = meta.firstKeptSeq;
      tab.nextSeq = meta.firstKeptSeq;
    }
  }

  apply(event: NetworkEvent): Applied {
    const { facts } = event;
    // Not a tab's request (the browser's, another extension's or a worker's), or a closed tab's.
    if (facts.tabId < 0 || this.#closed.has(facts.tabId)) return { kind: 'ignored' };
    const isPageLoad = event.type === 'request' && facts.kind === 'main_frame';
    const pageUnknown = !this.#tabs.has(facts.tabId) && !isPageLoad;
    const tab = this.#tabOrNew(facts.tabId);
    if (isPageLoad) {
      tab.pageUrl = facts.url;
      this.#putMeta(facts.tabId, tab);
    }
    this.#put(tab, withEvent(this.#currentHop(tab, event), event));
    return { kind: 'changed', tabId: facts.tabId, pageUnknown };
  }

  /** The page of a tab whose recording began after its page load, unless a page load came meanwhile. */
  notePage(tabId: number, pageUrl: string): void {
    const tab = this.#tabs.get(tabId);
    if (tab === undefined || tab.pageUrl !== null) return;
    tab.pageUrl = pageUrl;
    this.#putMeta(tabId, tab);
  }

  /** Adds exchanges another source saw that the recording lacks, tied to the tab's page; how many were new. */
  adopt(tabId: number, exchanges: readonly Exchange[]): number {
    if (this.#closed.has(tabId)) return 0;
    const tab = this.#tabOrNew(tabId);
    const fresh = unrecorded([...tab.records.values()].map((record) => record.exchange), exchanges);
    for (const exchange of fresh) {
      const seq = tab.nextSeq;
      tab.nextSeq += 1;
      const requestId = `adopted-${seq}`;
      const pageUrl = tab.pageUrl ?? exchange.pageUrl;
      this.#put(tab, { tabId, seq, requestId, hop: 0, phase: 'finished', kind: 'other', exchange: { ...exchange, id: requestId, pageUrl } });
    }
    return fresh.length;
  }

  recording(tabId: number): TabRecording {
    const tab = this.#tabs.get(tabId) ?? emptyTab();
    const records = [...tab.records.values()];
    const frameUrls = records.filter((r) => r.kind === 'sub_frame').map((r) => r.exchange.url);
    return {
      pageUrl: tab.pageUrl,
      // Adopted exchanges come late but happened early: the trace reads the recording in time order.
      exchanges: records.map((r) => r.exchange).sort((a, b) => a.startedAt - b.startedAt),
      dropped: tab.firstKeptSeq,
      frameUrls: [...new Set(frameUrls)],
    };
  }

  /** Forgets a tab's recording; true when there was one. */
  clear(tabId: number): boolean {
    const tab = this.#tabs.get(tabId);
    if (tab === undefined) return false;
    this.#tabs.delete(tabId);
    for (const key of [...tab.records.keys(), metaKey(tabId)]) this.sink.remove(key);
    return true;
  }

  /** A closed tab's late events (a request that ends after it closed) are dropped too. Ids are not reused. */
  close(tabId: number): boolean {
    this.#closed.add(tabId);
    return this.clear(tabId);
  }

  /** Gives up the oldest quarter of the largest recording, counted as dropped; false with nothing to give. */
  shrinkLargest(): boolean {
    const largest = [...this.#tabs].sort(([, a], [, b]) => b.records.size - a.records.size)[0];
    if (largest === undefined || largest[1].records.size === 0) return false;
    const [tabId, tab] = largest;
    this.#dropOldest(tabId, tab, Math.ceil(tab.records.size / 4));
    return true;
  }

  /**
   * A stop can fall between writing a new exchange and removing the one it pushed out: the bound is
   * enforced again, and the count of dropped exchanges follows from `seq`, so nothing is counted twice.
   */
  #settle(tabId: number, tab: TabState, meta: TabMeta | undefined): void {
    tab.pageUrl = meta?.pageUrl ?? null;
    tab.firstKeptSeq = Math.max(meta?.firstKeptSeq ?? 0, tab.nextSeq - this.limit);
    for (const [key, record] of tab.records) {
      if (record.seq >= tab.firstKeptSeq) break;
      tab.records.delete(key);
      this.sink.remove(key);
    }
    tab.nextSeq = Math.max(tab.nextSeq, tab.firstKeptSeq);
    if (meta?.firstKeptSeq !== tab.firstKeptSeq) this.#putMeta(tabId, tab);
  }

  #tabOrNew(tabId: number): TabState {
    const existing = this.#tabs.get(tabId);
    if (existing !== undefined) return existing;
    const tab = emptyTab();
    this.#tabs.set(tabId, tab);
    return tab;
  }

  /** The exchange an event belongs to; a new one when the event is the first seen for its hop. */
  #currentHop(tab: TabState, event: NetworkEvent): StoredExchange {
    const { facts } = event;
    const latestHop = tab.latestHop.get(facts.requestId);
    if (latestHop === undefined) return newHop(tab, facts, 0);
    const latest = tab.records.get(exchangeKey(facts.tabId, facts.requestId, latestHop));
    if (latest !== undefined && !startsNextHop(latest, event)) return latest;
    return newHop(tab, facts, latestHop + 1);
  }

  #put(tab: TabState, record: StoredExchange): void {
    const key = exchangeKey(record.tabId, record.requestId, record.hop);
    const isNew = !tab.records.has(key);
    tab.records.set(key, record);
    tab.latestHop.set(record.requestId, record.hop);
    this.sink.put(key, record);
    if (isNew && tab.records.size > this.limit) this.#dropOldest(record.tabId, tab, tab.records.size - this.limit);
  }

  /** Takes the oldest records off the front of the map without copying it: at the bound this runs for every new exchange. */
  #dropOldest(tabId: number, tab: TabState, count: number): void {
    let left = count;
    for (const [key, record] of tab.records) {
      if (left === 0) break;
      left -= 1;
      tab.records.delete(key);
      tab.firstKeptSeq = record.seq + 1;
      this.sink.remove(key);
      // The browser sends nothing more for a finished request: its hop count is not needed again.
      if (record.phase === 'finished' && tab.latestHop.get(record.requestId) === record.hop) tab.latestHop.delete(record.requestId);
    }
    this.#putMeta(tabId, tab);
  }

  #putMeta(tabId: number, tab: TabState): void {
    this.sink.put(metaKey(tabId), { tabId, pageUrl: tab.pageUrl, firstKeptSeq: tab.firstKeptSeq });
  }
}
