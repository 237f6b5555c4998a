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
