import { readEntry } from '../core/har/entry.ts';
import type { JsonValue } from '../core/json.ts';
import type { Exchange } from '../core/exchange.ts';

/** DevTools and the recorder time the same request a little differently; within this they are one request. */
const SAME_REQUEST_WINDOW_MS = 2000;

const sameRequest = (a: Exchange, b: Exchange): boolean =>
  a.method === b.method && a.url === b.url && Math.abs(a.startedAt - b.startedAt) <= SAME_REQUEST_WINDOW_MS;

/**
 * Adds the requests DevTools saw (HAR entries) that the recorder missed, e.g. those made before the worker
 * woke up, and returns everything in time order. Entries the recorder already has are skipped.
 */
export const mergeNetworkEntries = (recorded: readonly Exchange[], entries: readonly JsonValue[], pageUrl: string): Exchange[] => {
  const added: Exchange[] = [];
  let previousStartedAt = 0;
  entries.forEach((entry, index) => {
    // Page resolution is the importer's concern; here only the exchange matters.
    const read = readEntry(entry, index, previousStartedAt, () => false);
    if (read.kind === 'skipped') return;
    const exchange: Exchange = { ...read.facts.exchange, id: `devtools-${index}`, pageUrl };
    previousStartedAt = exchange.startedAt;
    if (!recorded.some((known) => sameRequest(known, exchange)) && !added.some((known) => sameRequest(known, exchange)))
      added.push(exchange);
  });
  if (added.length === 0) return [...recorded];
  return [...recorded, ...added].sort((a, b) => a.startedAt - b.startedAt);
};
