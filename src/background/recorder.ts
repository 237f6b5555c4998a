import type { Exchange } from '../core/exchange.ts';
import type { NetworkEvent, SessionArea } from '../platform/adapters.ts';
import { StorageWriter } from './storage-writer.ts';
import { parseStoredItem, type StoredExchange, type TabMeta } from './stored.ts';
import { TabRecordings, type TabRecording } from './tab-recordings.ts';

export type { TabRecording } from './tab-recordings.ts';

/** The newest exchanges a tab keeps; older ones are dropped and counted. */
export const MAX_EXCHANGES_PER_TAB = 2000;

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

interface Loaded {
  readonly records: StoredExchange[];
  readonly metas: Map<number, TabMeta>;
  readonly journal: [string, NetworkEvent][];
}

/**
 * Records each tab's exchanges (TabRecordings assembles them) and keeps every change in `storage.session`
 * (StorageWriter writes it), so a stopped MV3 worker loses nothing: a new instance reloads the records,
 * applies the events an earlier one journaled but did not apply, then the events it heard meanwhile, in
 * the order they came.
 */
export class Recorder {
  readonly #writer: StorageWriter;
  readonly #tabs: TabRecordings;
  readonly #onChange: (tabId: number) => void;
  readonly #onUnknownPage: (tabId: number) => void;
  readonly #ready: Promise<void>;
  #loaded = false;

  constructor({ area, limit, onChange, onUnknownPage, instance }: RecorderOptions) {
    this.#writer = new StorageWriter(area, instance, () => this.#tabs.shrinkLargest());
    this.#tabs = new TabRecordings(limit, this.#writer);
    this.#onChange = onChange;
    this.#onUnknownPage = onUnknownPage;
    this.#ready = this.#load(area);
  }

  /**
   * Takes events synchronously, as listeners must; applies them in arrival order once the state is loaded.
   * An event whose effect cannot be written at once (the state is still loading, or a write is under way)
   * is journaled at once instead, so a worker stopped meanwhile loses nothing.
   */
  record(event: NetworkEvent): void {
    const journaled = this.#loaded && !this.#writer.busy ? null : this.#writer.journal(event);
    void this.#ready.then(() => this.#apply(event, journaled));
  }

  /** The answer to `onUnknownPage`: the tab's URL, unless a page load was recorded meanwhile. */
  notePage(tabId: number, pageUrl: string): void {
    void this.#ready.then(() => {
      this.#tabs.notePage(tabId, pageUrl);
      this.#writer.flush();
    });
  }

  /** Adds exchanges another source saw (DevTools' network log) that the recording lacks; how many were new. */
  async adopt(tabId: number, exchanges: readonly Exchange[]): Promise<number> {
    await this.#ready;
    const adopted = this.#tabs.adopt(tabId, exchanges);
    if (adopted > 0) this.#changed(tabId);
    return adopted;
  }

  async recording(tabId: number): Promise<TabRecording> {
    await this.#ready;
    return this.#tabs.recording(tabId);
  }

  /** The tab is gone: its recording is forgotten, and so are events that still come for it. */
  async closeTab(tabId: number): Promise<void> {
    await this.#ready;
    if (this.#tabs.close(tabId)) this.#changed(tabId);
  }

  /** Forgets the tab's recording, in memory and in storage. */
  async clear(tabId: number): Promise<void> {
    await this.#ready;
    if (this.#tabs.clear(tabId)) this.#changed(tabId);
  }

  /** Resolves once everything applied so far is written. */
  async settled(): Promise<void> {
    await this.#ready;
    await this.#writer.settled();
  }

  async #load(area: SessionArea): Promise<void> {
    const { records, metas, journal } = this.#parse(await area.readAll().catch(() => ({})));
    this.#tabs.restore(records, metas);
    // Events an earlier instance heard but did not get to apply: applying one twice changes nothing.
    journal.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [key, event] of journal) this.#apply(event, key);
    this.#loaded = true;
    this.#writer.flush();
  }

  #parse(stored: Readonly<Record<string, unknown>>): Loaded {
    const loaded: Loaded = { records: [], metas: new Map(), journal: [] };
    for (const [key, value] of Object.entries(stored)) {
      const item = parseStoredItem(key, value);
      if (item.kind === 'meta') loaded.metas.set(item.meta.tabId, item.meta);
      else if (item.kind === 'exchange') loaded.records.push(item.record);
      else if (item.kind === 'journal') loaded.journal.push([key, item.event]);
      else if (item.kind === 'unreadable') this.#writer.remove(key);
    }
    return loaded;
  }

  /** Applies one event; `journaled` is its journal entry, removed by the write that records its effect. */
  #apply(event: NetworkEvent, journaled: string | null): void {
    if (journaled !== null) this.#writer.remove(journaled);
    const applied = this.#tabs.apply(event);
    if (applied.kind === 'ignored') {
      this.#writer.flush();
      return;
    }
    if (applied.pageUnknown) this.#onUnknownPage(applied.tabId);
    this.#changed(applied.tabId);
  }

  #changed(tabId: number): void {
    this.#writer.flush();
    this.#onChange(tabId);
  }
}
