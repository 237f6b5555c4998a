import type { Cookie } from '../core/model.ts';
import type { Header, RequestBody } from '../core/exchange.ts';
import type { CookieScope } from './cookie-queries.ts';
import type { Event, Request, ResponseTo } from './messages.ts';

/**
 * The shapes of the browser APIs the rest of the extension uses. Only `src/platform/*` implements them
 * over `browser.*`; everything else takes them as arguments, so the glue can be tested with fakes.
 */

/** Cookies the browser holds for a page, its frames and the domains of its recording, partitioned (CHIPS) ones included. */
export interface CookieReader {
  readonly held: (scope: CookieScope, now: number) => Promise<readonly Cookie[]>;
}

/** `storage.session`: in memory, survives a stopped worker, gone when the browser closes. */
export interface SessionArea {
  /** Everything stored, for the one reader that validates it. */
  readonly readAll: () => Promise<Readonly<Record<string, unknown>>>;
  readonly write: (set: Readonly<Record<string, object>>, remove: readonly string[]) => Promise<void>;
}

/** How the recorder tells a top-level page load from a frame's or a sub-resource's request. */
export type ResourceKind = 'main_frame' | 'sub_frame' | 'other';

/** What every webRequest event says about the request it belongs to. */
export interface RequestFacts {
  readonly requestId: string;
  readonly tabId: number;
  readonly kind: ResourceKind;
  readonly url: string;
  readonly method: string;
  readonly timeStamp: number;
}

/** The webRequest events the recorder listens to, with every header the browser showed (unfiltered). */
export type NetworkEvent =
  | { readonly type: 'request'; readonly facts: RequestFacts; readonly body: RequestBody }
  | { readonly type: 'request-headers'; readonly facts: RequestFacts; readonly headers: readonly Header[] }
  | {
      readonly type: 'response-headers';
      readonly facts: RequestFacts;
      readonly status: number;
      readonly headers: readonly Header[];
    }
  | {
      readonly type: 'redirect';
      readonly facts: RequestFacts;
      readonly status: number;
      readonly headers: readonly Header[];
    }
  | {
      readonly type: 'completed';
      readonly facts: RequestFacts;
      readonly status: number;
      readonly headers: readonly Header[];
    }
  | { readonly type: 'failed'; readonly facts: RequestFacts };

export interface NetworkEvents {
  /** Registers synchronously: a woken MV3 worker only gets the events it listens to at start-up. */
  readonly listen: (onEvent: (event: NetworkEvent) => void) => void;
}

export interface TabEvents {
  /** The tab's top-level URL, or null when the tab is gone or its URL is hidden from the extension. */
  readonly urlOf: (tabId: number) => Promise<string | null>;
  readonly onRemoved: (listener: (tabId: number) => void) => void;
  readonly onActivated: (listener: (tabId: number) => void) => void;
}

export interface Badge {
  /** Shows the count on the toolbar icon for that tab; zero clears it. */
  readonly show: (tabId: number, count: number) => Promise<void>;
}

/** The background's side of the message channel. */
export interface RequestChannel {
  /** Answers requests from the extension's own pages; anything else is refused before `answer` sees it. */
  readonly serve: (answer: (request: Request) => Promise<ResponseTo<Request>>) => void;
  readonly broadcast: (event: Event) => Promise<void>;
}
