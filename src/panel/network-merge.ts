import type { Exchange } from '../core/exchange.ts';
import { readEntry } from '../core/har/entry.ts';
import type { JsonValue } from '../core/json.ts';

/**
 * The requests DevTools saw (HAR entries), as exchanges for the background to add to the recording where it
 * missed them (made before the extension was installed or enabled). The background ties each to the
 * tab's page and skips those it already has, so the popup and the panel judge the same recording.
 */
export const exchangesOfEntries = (entries: readonly JsonValue[]): Exchange[] => {
  const exchanges: Exchange[] = [];
  let previousStartedAt = 0;
  entries.forEach((entry, index) => {
    // Page resolution is the importer's concern; here only the exchange matters.
    const read = readEntry(entry, index, previousStartedAt, () => false);
    if (read.kind === 'skipped') return;
    previousStartedAt = read.facts.exchange.startedAt;
    exchanges.push({ ...read.facts.exchange, id: `devtools-${index}` });
  });
  return exchanges;
};
