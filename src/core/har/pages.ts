import { isJsonObject, type JsonValue } from '../json.ts';
import { stringAt } from './json-read.ts';

export interface HarPage {
  readonly id: string;
  readonly title: string;
}

/** The entry facts page resolution needs. */
export interface PagedEntry {
  readonly exchange: { readonly url: string };
  readonly pageref: string | null;
  readonly isDocument: boolean;
}

export const readPages = (value: JsonValue | undefined): readonly HarPage[] =>
  Array.isArray(value)
    ? value.flatMap((page) => {
        const id = isJsonObject(page) ? stringAt(page, 'id') : null;
        return isJsonObject(page) && id !== null ? [{ id, title: stringAt(page, 'title') ?? '' }] : [];
      })
    : [];

/** Chrome and Safari title a page with its URL; chrome-har and others use the document title. */
const titleUrl = (title: string): string | null => (/^https?:\/\/\S+$/i.test(title) ? title : null);

export interface PageResolution {
  /** The top-level page an entry was made for. */
  readonly pageUrlOf: (entry: PagedEntry) => string;
  /** The main page: the first page's URL, else the first document request, else the first request. */
  readonly page: string;
}

/**
 * Resolves `pageref` to a page URL: the page's title when it is a URL, else the first document request of
 * that page. Entries without a known page belong to the recording's first document request.
 */
export const resolvePages = (pages: readonly HarPage[], entries: readonly PagedEntry[]): PageResolution => {
  const firstOfPage = new Map<string, string>();
  const firstDocumentOfPage = new Map<string, string>();
  let firstDocument: string | null = null;
  for (const { exchange, pageref, isDocument } of entries) {
    if (isDocument) firstDocument ??= exchange.url;
    if (pageref === null) continue;
    if (!firstOfPage.has(pageref)) firstOfPage.set(pageref, exchange.url);
    if (isDocument && !firstDocumentOfPage.has(pageref)) firstDocumentOfPage.set(pageref, exchange.url);
  }
  const fallback = firstDocument ?? entries[0]?.exchange.url ?? '';
  const urlOfPage = new Map<string, string>();
  for (const page of pages) {
    const url = titleUrl(page.title) ?? firstDocumentOfPage.get(page.id) ?? firstOfPage.get(page.id);
    if (url !== undefined && !urlOfPage.has(page.id)) urlOfPage.set(page.id, url);
  }
  const firstPage = pages.map((page) => urlOfPage.get(page.id)).find((url) => url !== undefined);
  return {
    pageUrlOf: (entry) => (entry.pageref === null ? undefined : urlOfPage.get(entry.pageref)) ?? fallback,
    page: firstPage ?? fallback,
  };
};
