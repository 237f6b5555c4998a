import { unrecorded, type Exchange, type Header, type ResponseFacts } from '../core/exchange.ts';
import type { NetworkEvent, RequestFacts, SessionArea } from '../platform/adapters.ts';
import { keptRequestHeaders, keptResponseHeaders } from './headers.ts';
import {
  exchangeId,
  exchangeKey,
  journalKey,
  metaKey,
  parseStoredItem,
  type StoredExchange,
  type TabMeta,
} from './stored.ts';

/** The newest exchanges a tab keeps; older ones are dropped and counted. */
export const MAX_EXCHANGES_PER_TAB = 2000;

export interface TabRecording {
  /** The last top-level page the tab loaded while recording, if one was seen. */
  readonly pageUrl: string | null;
  readonly exchanges: readonly Exchange[];
  readonly dropped: number;
  /** Documents loaded in the tab's frames: their cookies belong to the page too. */
  readonly frameUrls: readonly string[];
}

export interface RecorderOptions {
  readonly area: SessionArea;
  readonly limit: number;
  /** After every change to a tab's recording, for live updates and the badge. */
  readonly onChange: (tabId: number) => void;
  /** A tab's first request was not its page load (recording began later): the caller looks the page up. */
  readonly onUnknownPage: (tabId: number) => void;
  /** This worker lifetime, ordered after earlier ones (its start time first): names its journal entries. */
  readonly instance: string;
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

const emptyTab = (): TabState => ({
  pageUrl: null,
  firstKeptSeq: 0,
  nextSeq: 0,
  records: new Map(),
  latestHop: new Map(),
});

const received = (status: number, headers: readonly Header[]): ResponseFacts => ({
  kind: 'received',
  status,
  headers: keptResponseHeaders(headers),
});

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

/**
 * Records each tab's exchanges and writes every change through to `storage.session`, so a stopped MV3
 * worker loses nothing: a new instance reloads the records (keyed by request id and hop, so a late event
 * updates its exchange instead of adding one) before it applies any event, in the order events came.
 */
export class Recorder {
  readonly #area: SessionArea;
  readonly #limit: number;
  readonly #onChange: (tabId: number) => void;
  readonly #onUnknownPage: (tabId: number) => void;
  readonly #tabs = new Map<number, TabState>();
  readonly #closedTabs = new Set<number>();
  readonly #ready: Promise<void>;
  /** Not yet written: the latest value per key, and keys to remove. Kept disjoint. */
  readonly #dirty = new Map<string, object>();
  readonly #removed = new Set<string>();
  #flushing: Promise<void> | null = null;
  readonly #instance: string;
  #journaled = 0;
  #loaded = false;

  constructor({ area, limit, onChange, onUnknownPage, instance }: RecorderOptions) {
    this.#area = area;
    this.#limit = limit;
    this.#onChange = onChange;
    this.#onUnknownPage = onUnknownPage;
    this.#instance = instance;
    this.#ready = this.#load();
  }

  /**
   * Takes events synchronously, as listeners must; applies them in arrival order once the state is loaded.
   * An event whose effect cannot be written at once (the state is still loading, or a write is under way)
   * is journaled at once instead, so a worker stopped meanwhile loses nothing.
   */
  record(event: NetworkEvent): void {
    const journaled = this.#loaded && this.#flushing === null ? null : this.#journal(event);
    void this.#ready.then(() => this.#apply(event, journaled));
  }

  /** The answer to `onUnknownPage`: the tab's URL, unless a page load was recorded meanwhile. */
  notePage(tabId: number, pageUrl: string): void {
    void this.#ready.then(() => {
      const tab = this.#tabs.get(tabId);
      if (tab === undefined || tab.pageUrl !== null) return;
      tab.pageUrl = pageUrl;
      this.#markMeta(tabId, tab);
    });
  }

  /**
   * Adds exchanges another source saw (DevTools' network log) that the recording lacks, tied to the tab's
   * page; returns how many were new.
   */
  async adopt(tabId: number, exchanges: readonly Exchange[]): Promise<number> {
    await this.#ready;
    if (this.#closedTabs.has(tabId)) return 0;
    const tab = this.#tabOrNew(tabId);
    const fresh = unrecorded([...tab.records.values()].map((record) => record.exchange), exchanges);
    for (const exchange of fresh) {
      const seq = tab.nextSeq;
      tab.nextSeq += 1;
      const requestId = `adopted-${seq}`;
      const pageUrl = tab.pageUrl ?? exchange.pageUrl;
      this.#put(tab, { tabId, seq, requestId, hop: 0, phase: 'finished', kind: 'other', exchange: { ...exchange, id: requestId, pageUrl } });
    }
    if (fresh.length > 0) {
      this.#flush();
      this.#onChange(tabId);
    }
    return fresh.length;
  }

  async recording(tabId: number): Promise<TabRecording> {
    await this.#ready;
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

  /**
   * The tab is gone: its recording is forgotten, and so are events that still come for it (a request that
   * ends after its tab closed), which would otherwise leave a recording no one can clear. Ids are not reused.
   */
  async closeTab(tabId: number): Promise<void> {
    this.#closedTabs.add(tabId);
    await this.clear(tabId);
  }

  /** Forgets the tab's recording, in memory and in storage. */
  async clear(tabId: number): Promise<void> {
    await this.#ready;
    const tab = this.#tabs.get(tabId);
    if (tab === undefined) return;
    this.#tabs.delete(tabId);
    for (const key of [...tab.records.keys(), metaKey(tabId)]) this.#markRemoved(key);
    this.#flush();
    this.#onChange(tabId);
  }

  /** Resolves once everything applied so far is written. */
  async settled(): Promise<void> {
    await this.#ready;
    while (this.#flushing !== null) await this.#flushing;
  }

  #journal(event: NetworkEvent): string {
    const key = journalKey(this.#instance, this.#journaled);
    this.#journaled += 1;
    // Not awaited: the write is issued now, and the batch that applies the event removes the key later.
    this.#area.write({ [key]: event }, []).catch(() => undefined);
    return key;
  }

  async #load(): Promise<void> {
    const stored = await this.#area.readAll().catch(() => ({}));
    const metas = new Map<number, TabMeta>();
    const records: StoredExchange[] = [];
    const journal: [string, NetworkEvent][] = [];
    for (const [key, value] of Object.entries(stored)) {
      const item = parseStoredItem(key, value);
      if (item.kind === 'meta') metas.set(item.meta.tabId, item.meta);
      else if (item.kind === 'exchange') records.push(item.record);
      else if (item.kind === 'journal') journal.push([key, item.event]);
      else if (item.kind === 'unreadable') this.#markRemoved(key);
    }
    records.sort((a, b) => a.seq - b.seq);
    for (const record of records) this.#restore(record);
    for (const [tabId, tab] of this.#tabs) this.#settleLoadedTab(tabId, tab, metas.get(tabId));
    for (const [tabId, meta] of metas) if (!this.#tabs.has(tabId)) this.#restoreEmptyTab(meta);
    // Events an earlier instance heard but did not get to apply: applying one twice changes nothing.
    journal.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [key, event] of journal) this.#apply(event, key);
    this.#loaded = true;
    this.#flush();
  }

  #restore(record: StoredExchange): void {
    const tab = this.#tabOrNew(record.tabId);
    tab.records.set(exchangeKey(record.tabId, record.requestId, record.hop), record);
    tab.latestHop.set(record.requestId, Math.max(record.hop, tab.latestHop.get(record.requestId) ?? 0));
    tab.nextSeq = Math.max(tab.nextSeq, record.seq + 1);
  }

  /**
   * A stop can fall between writing a new exchange and removing the one it pushed out: the bound is
   * enforced again, and the count of dropped exchanges follows from `seq`, so nothing is counted twice.
   */
  #settleLoadedTab(tabId: number, tab: TabState, meta: TabMeta | undefined): void {
    tab.pageUrl = meta?.pageUrl ?? null;
    tab.firstKeptSeq = Math.max(meta?.firstKeptSeq ?? 0, tab.nextSeq - this.#limit);
    for (const [key, record] of tab.records) {
      if (record.seq >= tab.firstKeptSeq) break;
      tab.records.delete(key);
      this.#markRemoved(key);
    }
    tab.nextSeq = Math.max(tab.nextSeq, tab.firstKeptSeq);
    if (meta?.firstKeptSeq !== tab.firstKeptSeq) this.#markMeta(tabId, tab);
  }

  #restoreEmptyTab(meta: TabMeta): void {
    const tab = this.#tabOrNew(meta.tabId);
    tab.pageUrl = meta.pageUrl;
    tab.firstKeptSeq = meta.firstKeptSeq;
    tab.nextSeq = meta.firstKeptSeq;
  }

  #tabOrNew(tabId: number): TabState {
    const existing = this.#tabs.get(tabId);
    if (existing !== undefined) return existing;
    const tab = emptyTab();
    this.#tabs.set(tabId, tab);
    return tab;
  }

  /** Applies one event; `journaled` is its journal entry, removed by the write that records its effect. */
  #apply(event: NetworkEvent, journaled: string | null): void {
    if (journaled !== null) this.#markRemoved(journaled);
    const { facts } = event;
    // Not a tab's request (the browser's, another extension's or a worker's), or a closed tab's.
    if (facts.tabId < 0 || this.#closedTabs.has(facts.tabId)) {
      this.#flush();
      return;
    }
    const isPageLoad = event.type === 'request' && facts.kind === 'main_frame';
    if (!this.#tabs.has(facts.tabId) && !isPageLoad) this.#onUnknownPage(facts.tabId);
    const tab = this.#tabOrNew(facts.tabId);
    if (isPageLoad) {
      tab.pageUrl = facts.url;
      this.#markMeta(facts.tabId, tab);
    }
    this.#put(tab, withEvent(this.#currentHop(tab, event), event));
    this.#flush();
    this.#onChange(facts.tabId);
  }

  /** The exchange an event belongs to; a new one when the event is the first seen for its hop. */
  #currentHop(tab: TabState, event: NetworkEvent): StoredExchange {
    const { facts } = event;
    const latestHop = tab.latestHop.get(facts.requestId);
    if (latestHop === undefined) return this.#newHop(tab, facts, 0);
    const latest = tab.records.get(exchangeKey(facts.tabId, facts.requestId, latestHop));
    if (latest !== undefined && !startsNextHop(latest, event)) return latest;
    return this.#newHop(tab, facts, latestHop + 1);
  }

  #newHop(tab: TabState, facts: RequestFacts, hop: number): StoredExchange {
    const seq = tab.nextSeq;
    tab.nextSeq += 1;
    const pageUrl = facts.kind === 'main_frame' ? facts.url : (tab.pageUrl ?? facts.url);
    return {
      tabId: facts.tabId,
      seq,
      requestId: facts.requestId,
      hop,
      phase: 'open',
      kind: facts.kind,
      exchange: {
        id: exchangeId(facts.requestId, hop),
        startedAt: facts.timeStamp,
        method: facts.method,
        url: facts.url,
        pageUrl,
        requestHeaders: [],
        requestHeadersSeen: false,
        requestBody: { kind: 'unknown' },
        response: { kind: 'none' },
      },
    };
  }

  #put(tab: TabState, record: StoredExchange): void {
    const key = exchangeKey(record.tabId, record.requestId, record.hop);
    const isNew = !tab.records.has(key);
    tab.records.set(key, record);
    tab.latestHop.set(record.requestId, record.hop);
    this.#markDirty(key, record);
    if (isNew && tab.records.size > this.#limit) this.#dropOldest(record.tabId, tab, tab.records.size - this.#limit);
  }

  #dropOldest(tabId: number, tab: TabState, count: number): void {
    for (const [key, record] of [...tab.records].slice(0, count)) {
      tab.records.delete(key);
      tab.firstKeptSeq = record.seq + 1;
      this.#markRemoved(key);
    }
    this.#markMeta(tabId, tab);
  }

  #markMeta(tabId: number, tab: TabState): void {
    const meta: TabMeta = { tabId, pageUrl: tab.pageUrl, firstKeptSeq: tab.firstKeptSeq };
    this.#markDirty(metaKey(tabId), meta);
  }

  #markDirty(key: string, value: object): void {
    this.#removed.delete(key);
    this.#dirty.set(key, value);
  }

  #markRemoved(key: string): void {
    this.#dirty.delete(key);
    this.#removed.add(key);
  }

  /** Starts writing now if no write is under way; a running write picks up what piles up meanwhile. */
  #flush(): void {
    if (this.#flushing !== null || (this.#dirty.size === 0 && this.#removed.size === 0)) return;
    // Cleared only once the write has settled, then anything marked after its last batch gets its own.
    this.#flushing = this.#writeAll().then(() => {
      this.#flushing = null;
      this.#flush();
    });
  }

  async #writeAll(): Promise<void> {
    while (this.#dirty.size > 0 || this.#removed.size > 0) {
      const set = Object.fromEntries(this.#dirty);
      const remove = [...this.#removed];
      this.#dirty.clear();
      this.#removed.clear();
      try {
        await this.#area.write(set, remove);
      } catch {
        this.#retryAfterShrinking(set, remove);
      }
    }
  }

  /**
   * A failed write is most likely `storage.session`'s quota (10 MB, shared by all tabs): the largest
   * recording gives up its oldest quarter, counted as dropped, and the batch is tried again, until it fits,
   * so that what is stored stays what is shown. With nothing left to drop, the batch is given up.
   */
  #retryAfterShrinking(set: Readonly<Record<string, object>>, remove: readonly string[]): void {
    const largest = [...this.#tabs].sort(([, a], [, b]) => b.records.size - a.records.size)[0];
    if (largest === undefined || largest[1].records.size === 0) return;
    for (const [key, value] of Object.entries(set)) if (!this.#dirty.has(key) && !this.#removed.has(key)) this.#dirty.set(key, value);
    for (const key of remove) if (!this.#dirty.has(key)) this.#removed.add(key);
    const [tabId, tab] = largest;
    this.#dropOldest(tabId, tab, Math.ceil(tab.records.size / 4));
  }
}
