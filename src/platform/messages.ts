import type { LiveRecording } from '../core/report/analyze.ts';
import type { Report } from '../core/report/types.ts';
import type { Exchange } from '../core/exchange.ts';
import { parseExchanges } from '../core/exchange-shape.ts';

/**
 * Every message between the extension's contexts, in one discriminated union. Requests go from the popup,
 * the panel and tests to the background; events go from the background to open extension pages.
 */
export type Request =
  | { readonly type: 'crumbtrail/report'; readonly tabId: number }
  | { readonly type: 'crumbtrail/recording'; readonly tabId: number }
  | { readonly type: 'crumbtrail/clear'; readonly tabId: number }
  /** From the panel: requests DevTools saw, for the recording to hold the ones it missed. */
  | { readonly type: 'crumbtrail/adopt'; readonly tabId: number; readonly exchanges: readonly Exchange[] };

export type Event = { readonly type: 'crumbtrail/recording-changed'; readonly tabId: number };

export type Message = Request | Event;

/** What the background holds for a tab: the raw material every surface runs the core over. */
export interface Recording extends LiveRecording {
  readonly tabId: number;
}

export type ResponseTo<R extends Request> = R extends { type: 'crumbtrail/report' }
  ? Report
  : R extends { type: 'crumbtrail/recording' }
    ? Recording
    : R extends { type: 'crumbtrail/adopt' }
      ? { readonly adopted: number }
      : { readonly cleared: true };

/** Any answer the background gives. */
export type Response = ResponseTo<Request>;

type TabRequestType = Exclude<Request['type'], 'crumbtrail/adopt'>;

const TAB_REQUEST_TYPES: ReadonlySet<string> = new Set<TabRequestType>(['crumbtrail/report', 'crumbtrail/recording', 'crumbtrail/clear']);

const isTabRequestType = (type: unknown): type is TabRequestType => typeof type === 'string' && TAB_REQUEST_TYPES.has(type);

const hasTabId = (value: object): value is { tabId: number } =>
  'tabId' in value && typeof value.tabId === 'number' && Number.isInteger(value.tabId);

/** The boundary where a message from another context stops being `unknown`. */
export const parseRequest = (message: unknown): Request | null => {
  if (typeof message !== 'object' || message === null || !('type' in message) || !hasTabId(message)) return null;
  const { type } = message;
  if (isTabRequestType(type)) return { type, tabId: message.tabId };
  if (type !== 'crumbtrail/adopt' || !('exchanges' in message)) return null;
  const exchanges = parseExchanges(message.exchanges);
  return exchanges === null ? null : { type, tabId: message.tabId, exchanges };
};

/** For extension pages: the background's broadcasts, told apart from requests other pages send. */
export const parseEvent = (message: unknown): Event | null => {
  if (typeof message !== 'object' || message === null || !('type' in message) || !hasTabId(message)) return null;
  return message.type === 'crumbtrail/recording-changed' ? { type: message.type, tabId: message.tabId } : null;
};

/** What the background does with an incoming message. */
export type Admission =
  | { readonly kind: 'request'; readonly request: Request }
  /** From another extension or a web page: not ours to answer, not even with an error. */
  | { readonly kind: 'foreign' }
  /** From our own pages but not a request: answered with an error so the bug shows. */
  | { readonly kind: 'invalid' };

export const admitMessage = (message: unknown, senderId: string | undefined, ownId: string): Admission => {
  if (senderId !== ownId) return { kind: 'foreign' };
  const request = parseRequest(message);
  return request === null ? { kind: 'invalid' } : { kind: 'request', request };
};
