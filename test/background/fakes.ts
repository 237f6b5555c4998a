import type { Header, RequestBody } from '../../src/core/exchange.ts';
import type { NetworkEvent, RequestFacts, ResourceKind, SessionArea } from '../../src/platform/adapters.ts';

/**
 * An in-memory `storage.session`: values go through JSON as the real one serialises them, and one
 * instance outlives recorders the way the real area outlives a stopped worker.
 */
export class FakeSessionArea implements SessionArea {
  readonly items = new Map<string, string>();
  /** Total JSON size above which a write fails, as the real area does past its quota. */
  quotaBytes = Number.POSITIVE_INFINITY;
  /** Simulates the worker stopping between the set and the remove of one write. */
  stopBeforeRemove = false;
  writes = 0;

  readAll = async (): Promise<Record<string, unknown>> =>
    Object.fromEntries([...this.items].map(([key, json]): [string, unknown] => [key, JSON.parse(json)]));

  write = async (set: Readonly<Record<string, object>>, remove: readonly string[]): Promise<void> => {
    this.writes += 1;
    // As the adapter over storage.session does: set, then remove; when the set does not fit, remove first.
    if (!this.#trySet(set)) {
      this.#remove(remove);
      if (!this.#trySet(set)) throw new Error('QUOTA_BYTES quota exceeded');
      return;
    }
    if (!this.stopBeforeRemove) this.#remove(remove);
  };

  #trySet(set: Readonly<Record<string, object>>): boolean {
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(set)) next.set(key, JSON.stringify(value));
    const size = [...next.values()].reduce((total, json) => total + json.length, 0);
    if (size > this.quotaBytes) return false;
    for (const [key, json] of next) this.items.set(key, json);
    return true;
  }

  #remove(remove: readonly string[]): void {
    for (const key of remove) this.items.delete(key);
  }

  keysStartingWith = (prefix: string): string[] => [...this.items.keys()].filter((key) => key.startsWith(prefix));
}

export const facts = (
  requestId: string,
  url: string,
  options: { tabId?: number; kind?: ResourceKind; method?: string; timeStamp?: number } = {},
): RequestFacts => ({
  requestId,
  tabId: options.tabId ?? 7,
  kind: options.kind ?? 'other',
  url,
  method: options.method ?? 'GET',
  timeStamp: options.timeStamp ?? 1_700_000_000_000,
});

/** The events the browser fires for one request that gets a response. */
export const requestLifecycle = (
  requestFacts: RequestFacts,
  request: readonly Header[],
  status: number,
  response: readonly Header[],
  body: RequestBody = { kind: 'unknown' },
): NetworkEvent[] => [
  { type: 'request', facts: requestFacts, body },
  { type: 'request-headers', facts: requestFacts, headers: request },
  { type: 'response-headers', facts: requestFacts, status, headers: response },
  { type: 'completed', facts: requestFacts, status, headers: response },
];

/** A scheduler the test runs by hand: no clocks, no timed assertions. */
export class ManualSchedule {
  readonly #due: (() => void)[] = [];
  readonly schedule = (run: () => void): void => {
    this.#due.push(run);
  };
  get pending(): number {
    return this.#due.length;
  }
  runAll(): void {
    for (const run of this.#due.splice(0)) run();
  }
}
