import { isJsonObject, type JsonValue } from '../json.ts';
import type { Exchange } from '../exchange.ts';
import { readEntry, type EntryFacts } from './entry.ts';
import type { HarError, HarWarning } from './har-issues.ts';
import { objectAt } from './json-read.ts';
import { readPages, resolvePages, type HarPage } from './pages.ts';

export type { HarError, HarWarning } from './har-issues.ts';

export type HarImport =
  | {
      readonly kind: 'ok';
      /** In file order (never re-sorted), so exchange `id` is the HAR entry index even when entries were skipped. */
      readonly exchanges: Exchange[];
      readonly page: string;
      readonly warnings: HarWarning[];
    }
  | { readonly kind: 'error'; readonly error: HarError };

export type HarImportOk = Extract<HarImport, { kind: 'ok' }>;

/**
 * Feeds a HAR to the importer piece by piece, so that a streaming JSON reader never holds the whole
 * document: `log.version` and `log.pages` may come before or after the entries.
 */
export interface HarEntryReader {
  readonly version: (value: JsonValue | undefined) => void;
  readonly pages: (value: JsonValue | undefined) => void;
  readonly entry: (value: JsonValue) => void;
  readonly finish: () => HarImportOk;
}

const KNOWN_VERSIONS = new Set(['1.1', '1.2']);

interface Counts {
  skipped: number;
  firstSkipped: number;
  invalidTime: number;
  firstInvalidTime: number;
  noResponse: number;
  fromArrays: number;
  invalidHeaders: number;
  withCookieData: number;
  withHiddenBytes: number;
}

const countWarnings = (counts: Counts, entries: number, version: HarWarning | null): HarWarning[] => {
  const warnings: HarWarning[] = version === null ? [] : [version];
  if (entries > 0 && counts.withCookieData === 0) {
    warnings.push(
      counts.withHiddenBytes > 0
        ? { kind: 'sanitized-export', entries: counts.withHiddenBytes }
        : { kind: 'no-cookie-data', entries },
    );
  }
  if (counts.skipped > 0) warnings.push({ kind: 'entries-skipped', entries: counts.skipped, firstEntry: counts.firstSkipped });
  if (counts.invalidTime > 0)
    warnings.push({ kind: 'invalid-started-date-time', entries: counts.invalidTime, firstEntry: counts.firstInvalidTime });
  if (counts.noResponse > 0) warnings.push({ kind: 'no-response', entries: counts.noResponse });
  if (counts.fromArrays > 0) warnings.push({ kind: 'cookies-from-arrays', entries: counts.fromArrays });
  if (counts.invalidHeaders > 0) warnings.push({ kind: 'invalid-headers', headers: counts.invalidHeaders });
  return warnings;
};

const tally = (counts: Counts, facts: EntryFacts, index: number): void => {
  if (!facts.startedAtValid) {
    if (counts.invalidTime === 0) counts.firstInvalidTime = index;
    counts.invalidTime += 1;
  }
  if (!facts.hasResponse) counts.noResponse += 1;
  if (facts.cookiesFromArrays) counts.fromArrays += 1;
  if (facts.hasCookieData) counts.withCookieData += 1;
  if (facts.hiddenRequestHeaderBytes) counts.withHiddenBytes += 1;
  counts.invalidHeaders += facts.invalidHeaders;
};

export const createHarEntryReader = (): HarEntryReader => {
  const read: EntryFacts[] = [];
  let pages: readonly HarPage[] = [];
  let versionWarning: HarWarning | null = null;
  let index = 0;
  let previousStartedAt = 0;
  // Pages (and, as null, the recording) whose first document is known: resolution needs no later one.
  const withDocument = new Set<string | null>();
  const hasDocument = (pageref: string | null): boolean => withDocument.has(pageref) && withDocument.has(null);
  const counts: Counts = {
    skipped: 0,
    firstSkipped: 0,
    invalidTime: 0,
    firstInvalidTime: 0,
    noResponse: 0,
    fromArrays: 0,
    invalidHeaders: 0,
    withCookieData: 0,
    withHiddenBytes: 0,
  };
  return {
    // A missing version is common in hand-made and recorder-made files and says nothing; an odd one is worth a word.
    version: (value) => {
      const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
      versionWarning = text === null || KNOWN_VERSIONS.has(text) ? null : { kind: 'unknown-version', version: text };
    },
    pages: (value) => {
      pages = readPages(value);
    },
    entry: (value) => {
      const result = readEntry(value, index, previousStartedAt, hasDocument);
      if (result.kind === 'skipped') {
        if (counts.skipped === 0) counts.firstSkipped = index;
        counts.skipped += 1;
      } else {
        tally(counts, result.facts, index);
        previousStartedAt = result.facts.exchange.startedAt;
        if (result.facts.isDocument) withDocument.add(result.facts.pageref).add(null);
        read.push(result.facts);
      }
      index += 1;
    },
    finish: () => {
      const resolution = resolvePages(pages, read);
      const exchanges = read.map((facts): Exchange => {
        facts.exchange.pageUrl = resolution.pageUrlOf(facts);
        return facts.exchange;
      });
      return { kind: 'ok', exchanges, page: resolution.page, warnings: countWarnings(counts, read.length, versionWarning) };
    },
  };
};

/**
 * A parsed HAR document (HAR 1.1 or 1.2, as browsers, proxies and recorders export it) as exchanges for the
 * tracer. Never throws: a document that is not a HAR is an error result, oddities inside one are warnings.
 * The caller parses the JSON and strips a UTF-8 byte order mark first.
 */
export const importHar = (doc: JsonValue): HarImport => {
  if (!isJsonObject(doc)) return { kind: 'error', error: { kind: 'not-an-object' } };
  const log = objectAt(doc, 'log');
  if (log === null) return { kind: 'error', error: { kind: 'no-log' } };
  const entries = log['entries'];
  if (entries === undefined) return { kind: 'error', error: { kind: 'no-entries' } };
  if (!Array.isArray(entries)) return { kind: 'error', error: { kind: 'entries-not-an-array' } };
  const reader = createHarEntryReader();
  reader.version(log['version']);
  reader.pages(log['pages']);
  for (const entry of entries) reader.entry(entry);
  return reader.finish();
};
