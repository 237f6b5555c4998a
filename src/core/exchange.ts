/**
 * One HTTP request/response pair, as the extension's recorder and the HAR importer both produce it: the
 * tracer's only input. Header order and duplicates are kept; a `Set-Cookie` field that a browser joined
 * with "\n" is already split into one header per cookie.
 */
export interface Header {
  readonly name: string;
  readonly value: string;
}

/** Only field names are kept from a request body: enough to spot a login, never a password. */
export type RequestBody =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'fields'; readonly names: readonly string[] };

export type ResponseFacts =
  | { readonly kind: 'none' }
  | { readonly kind: 'received'; readonly status: number; readonly headers: readonly Header[] };

export interface Exchange {
  /** Stable within a recording: the browser's request id, or the HAR entry index. */
  readonly id: string;
  readonly startedAt: number;
  readonly method: string;
  readonly url: string;
  /** The top-level page the request was made for; decides whether the request goes to a third party. */
  readonly pageUrl: string;
  readonly requestHeaders: readonly Header[];
  /**
   * Whether the request's headers were seen at all. A request whose headers the recording missed (the
   * recorder started after they went out) says nothing about which cookies it carried.
   */
  readonly requestHeadersSeen: boolean;
  readonly requestBody: RequestBody;
  readonly response: ResponseFacts;
}

/** Compares lengths first: most names differ in length, and lower-casing every name would allocate. */
export const isHeaderNamed = (header: Header, lowerCaseName: string): boolean =>
  header.name.length === lowerCaseName.length && header.name.toLowerCase() === lowerCaseName;

/** DevTools and the recorder time the same request a little differently; within this they are one request. */
const SAME_REQUEST_WINDOW_MS = 2000;

const isSameRequest = (a: Exchange, b: Exchange): boolean =>
  a.method === b.method && a.url === b.url && Math.abs(a.startedAt - b.startedAt) <= SAME_REQUEST_WINDOW_MS;

/** The candidates a recording does not hold yet (another source saw them), each once, in their order. */
export const unrecorded = (recorded: readonly Exchange[], candidates: readonly Exchange[]): Exchange[] => {
  const added: Exchange[] = [];
  for (const candidate of candidates)
    if (!recorded.some((known) => isSameRequest(known, candidate)) && !added.some((known) => isSameRequest(known, candidate))) added.push(candidate);
  return added;
};
