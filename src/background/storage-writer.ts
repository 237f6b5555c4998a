import type { NetworkEvent, SessionArea } from '../platform/adapters.ts';
import type { RecordSink } from './tab-recordings.ts';
import { journalKey, type StoredExchange, type TabMeta } from './stored.ts';

/**
 * Writes the recordings through to `storage.session`, batched: one write under way at a time, and whatever
 * changes meanwhile goes in the next. An event whose effect cannot be written at once is journaled at once.
 */
export class StorageWriter implements RecordSink {
  /** Not yet written: the latest value per key, and keys to remove. Kept disjoint. */
  readonly #dirty = new Map<string, StoredExchange | TabMeta>();
  readonly #removed = new Set<string>();
  #flushing: Promise<void> | null = null;
  #journaled = 0;

  /**
   * @param instance this worker lifetime, ordered after earlier ones (its start time first): names its
   *   journal entries.
   * @param onWriteFailed a write failed, most likely the quota (10 MB shared by all tabs): returns whether
   *   something was given up to make room, in which case the batch is tried again.
   */
  constructor(
    private readonly area: SessionArea,
    private readonly instance: string,
    private readonly onWriteFailed: () => boolean,
  ) {}

  /** Whether a write is under way: an event arriving now waits for it, and is journaled meanwhile. */
  get busy(): boolean {
    return this.#flushing !== null;
  }

  put = (key: string, value: StoredExchange | TabMeta): void => {
    this.#removed.delete(key);
    this.#dirty.set(key, value);
  };

  remove = (key: string): void => {
    this.#dirty.delete(key);
    this.#removed.add(key);
  };

  /** Keeps an event at once, before it is applied; the write that records its effect removes the key. */
  journal(event: NetworkEvent): string {
    const key = journalKey(this.instance, this.#journaled);
    this.#journaled += 1;
    // Not awaited: the write is issued now, ahead of the batch that will remove it.
    this.area.write({ [key]: event }, []).catch(() => undefined);
    return key;
  }

  /** Starts writing now if no write is under way; a running write picks up what piles up meanwhile. */
  flush(): void {
    if (this.#flushing !== null || (this.#dirty.size === 0 && this.#removed.size === 0)) return;
    // Cleared only once the write has settled, then anything marked after its last batch gets its own.
    this.#flushing = this.#writeAll().then(() => {
      this.#flushing = null;
      this.flush();
    });
  }

  /** Resolves once everything put so far is written. */
  async settled(): Promise<void> {
    while (this.#flushing !== null) await this.#flushing;
  }

  async #writeAll(): Promise<void> {
    while (this.#dirty.size > 0 || this.#removed.size > 0) {
      const set = Object.fromEntries(this.#dirty);
      const remove = [...this.#removed];
      this.#dirty.clear();
      this.#removed.clear();
      try {
        await this.area.write(set, remove);
      } catch {
        this.#retryAfterMakingRoom(set, remove);
      }
    }
  }

  /**
   * The failed batch goes back in (behind anything newer), and the recordings give up their oldest part,
   * until it fits, so that what is stored stays what is shown. With nothing left to give, it is given up.
   */
  #retryAfterMakingRoom(set: Readonly<Record<string, StoredExchange | TabMeta>>, remove: readonly string[]): void {
    for (const [key, value] of Object.entries(set)) if (!this.#dirty.has(key) && !this.#removed.has(key)) this.#dirty.set(key, value);
    for (const key of remove) if (!this.#dirty.has(key)) this.#removed.add(key);
    if (!this.onWriteFailed()) {
      this.#dirty.clear();
      this.#removed.clear();
    }
  }
}
