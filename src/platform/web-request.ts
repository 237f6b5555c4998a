import browser, { type WebRequest } from 'webextension-polyfill';
import type { Header, RequestBody } from '../core/exchange.ts';
import type { NetworkEvent, NetworkEvents, RequestFacts, ResourceKind } from './adapters.ts';

const FILTER: WebRequest.RequestFilter = { urls: ['http://*/*', 'https://*/*'] };

/** Chrome hides Cookie and Set-Cookie unless asked for them; Firefox rejects the option outright. */
const withExtraHeaders = <T extends string>(spec: readonly T[]): (T | 'extraHeaders')[] =>
  __TARGET__ === 'chrome' ? [...spec, 'extraHeaders'] : [...spec];

interface RequestDetails {
  readonly requestId: string;
  readonly tabId: number;
  readonly type: WebRequest.ResourceType;
  readonly url: string;
  readonly method: string;
  readonly timeStamp: number;
}

const kindOf = (type: WebRequest.ResourceType): ResourceKind =>
  type === 'main_frame' || type === 'sub_frame' ? type : 'other';

const factsOf = (details: RequestDetails): RequestFacts => ({
  requestId: details.requestId,
  tabId: details.tabId,
  kind: kindOf(details.type),
  url: details.url,
  method: details.method,
  timeStamp: details.timeStamp,
});

/** Headers the browser gives as bytes are Latin-1, as HTTP field values are. */
const headersOf = (headers: WebRequest.HttpHeaders | undefined): Header[] =>
  (headers ?? []).map(({ name, value, binaryValue }) => ({
    name,
    value: value ?? String.fromCharCode(...(binaryValue ?? [])),
  }));

/** Field names only: the values of a login form are the user's secrets. */
const bodyOf = (body: WebRequest.OnBeforeRequestDetailsTypeRequestBodyType | undefined): RequestBody =>
  body?.formData === undefined ? { kind: 'unknown' } : { kind: 'fields', names: Object.keys(body.formData) };

/**
 * Events that came before anyone took them: the first script registers the listeners at once and keeps what
 * they hear here until the recorder, in the larger script loaded after it, takes over.
 */
interface EarlyNetwork {
  readonly buffered: NetworkEvent[];
  consumer: ((event: NetworkEvent) => void) | null;
}

declare global {
  var crumbtrailEarlyNetwork: EarlyNetwork | undefined;
}

const register = (onEvent: (event: NetworkEvent) => void): void => {
  const { webRequest } = browser;
  webRequest.onBeforeRequest.addListener(
    (details) => {
      onEvent({ type: 'request', facts: factsOf(details), body: bodyOf(details.requestBody) });
      return undefined;
    },
    FILTER,
    ['requestBody'],
  );
  webRequest.onBeforeSendHeaders.addListener(
    (details) => {
      onEvent({ type: 'request-headers', facts: factsOf(details), headers: headersOf(details.requestHeaders) });
      return undefined;
    },
    FILTER,
    withExtraHeaders(['requestHeaders'] as const),
  );
  webRequest.onHeadersReceived.addListener(
    (details) => {
      const headers = headersOf(details.responseHeaders);
      onEvent({ type: 'response-headers', facts: factsOf(details), status: details.statusCode, headers });
      return undefined;
    },
    FILTER,
    withExtraHeaders(['responseHeaders'] as const),
  );
  webRequest.onBeforeRedirect.addListener(
    (details) => {
      const headers = headersOf(details.responseHeaders);
      onEvent({ type: 'redirect', facts: factsOf(details), status: details.statusCode, headers });
    },
    FILTER,
    withExtraHeaders(['responseHeaders'] as const),
  );
  webRequest.onCompleted.addListener(
    (details) => {
      const headers = headersOf(details.responseHeaders);
      onEvent({ type: 'completed', facts: factsOf(details), status: details.statusCode, headers });
    },
    FILTER,
    withExtraHeaders(['responseHeaders'] as const),
  );
  webRequest.onErrorOccurred.addListener((details) => onEvent({ type: 'failed', facts: factsOf(details) }), FILTER);
};

/**
 * Registers every webRequest listener now, before anything else of the background has loaded: a browser
 * gives a starting worker only the events it has listeners for, so each millisecond spent loading code
 * before this is a window in which a page load goes unrecorded.
 */
export const listenEarly = (): void => {
  if (globalThis.crumbtrailEarlyNetwork !== undefined) return;
  const early: EarlyNetwork = { buffered: [], consumer: null };
  globalThis.crumbtrailEarlyNetwork = early;
  register((event) => {
    if (early.consumer === null) early.buffered.push(event);
    else early.consumer(event);
  });
};

export const networkEvents: NetworkEvents = {
  listen: (onEvent) => {
    listenEarly();
    const early = globalThis.crumbtrailEarlyNetwork;
    if (early === undefined) return;
    early.consumer = onEvent;
    for (const event of early.buffered.splice(0)) onEvent(event);
  },
};
