import type { AuthEvidence } from './auth-marks.ts';

/** Where a session value showed up that it should not have. */
export type LeakChannel = 'url' | 'referer' | 'third-party' | 'http';

/** `expired`: Max-Age=0 or a past Expires; `empty-value`: overwritten with an empty value. */
export type ClearReason = 'expired' | 'empty-value';

/**
 * One step of a session's life, pointing at the exchange (index in the traced list) that shows it. Values
 * are never kept: `value` numbers the distinct values of one session (1, 2, …) so that a UI can tell
 * "same value" from "new value" without holding either.
 */
/** `type` is spelled as the report's SessionEventType, so an event's type goes into a report unchanged. */
export type SessionEvent =
  /** A response set it: the first time, after it was cleared, or again with the value it already had. */
  | { readonly type: 'issued'; readonly exchange: number; readonly value: number }
  /** A response set a different value, or a request carried one that no recorded response set. */
  | { readonly type: 'rotated'; readonly exchange: number; readonly value: number; readonly previous: number }
  | { readonly type: 'cleared'; readonly exchange: number; readonly value: number; readonly reason: ClearReason }
  /** A run of requests carrying the same value: the first of them, the last, and how many. */
  | { readonly type: 'sent'; readonly exchange: number; readonly value: number; readonly lastExchange: number; readonly count: number }
  /** The first exchange of each channel and destination host; the finding lists all of them. */
  /** `side`: the request carried it, or the response (a Set-Cookie over plain HTTP) did. */
  | { readonly type: 'leaked'; readonly exchange: number; readonly value: number; readonly channel: LeakChannel; readonly host: string; readonly side: 'request' | 'response' }
  | { readonly type: 'login' | 'logout'; readonly exchange: number; readonly evidence: readonly AuthEvidence[] };

/**
 * Within one exchange, the request side comes before the response side: a value a response sets over
 * plain HTTP is issued, then leaked, not the other way round.
 */
const ORDER: Record<SessionEvent['type'], number> = { login: 0, logout: 0, sent: 1, leaked: 2, issued: 3, rotated: 3, cleared: 3 };

const RESPONSE_LEAK = 4;

const rank = (event: SessionEvent): number => (event.type === 'leaked' && event.side === 'response' ? RESPONSE_LEAK : ORDER[event.type]);

export const byExchange = (a: SessionEvent, b: SessionEvent): number => a.exchange - b.exchange || rank(a) - rank(b);
