import type { RejectReason } from './store/storage-decision.ts';

/**
 * Why a request did not carry a cookie the jar holds for its host, in the terms Chrome's DevTools uses for
 * filtered-out request cookies; catalog key `withheld_<reason with _>`.
 */
export type WithholdReason =
  | 'secure-over-http'
  | 'path'
  /** A cross-site request: SameSite=Strict is never sent, Lax only on a top-level GET navigation. */
  | 'samesite-strict'
  | 'samesite-lax'
  /** No SameSite: Chrome treats it as Lax; Firefox and Safari would still send it. */
  | 'samesite-unspecified'
  /** SameSite=None in a third-party context, or set in one: the browser blocks third-party cookies. */
  | 'third-party-blocked'
  | 'expired'
  /** Nothing in the request explains it: a script or the browser removed it, or it was never stored. */
  | 'unknown';

export interface WithheldCount {
  readonly reason: WithholdReason;
  readonly requests: number;
  readonly firstExchange: number;
}

/** Why the browser does not hold a cookie the recording saw set; catalog key `not_held_<reason with _>`. */
export type NotHeldReason = 'third-party-blocked' | 'samesite-cross-site-response' | 'removed';

/**
 * Where a cookie of the recording stands. `held`: in the jar at the end of the recording (or, live, in the
 * browser now); `cleared` at exchange N by a deletion or by its own expiry; `refused` by the browser's
 * rules (`times` Set-Cookie lines, the last at exchange N); `not-held`: the live browser does not hold a
 * cookie the recording saw set, for the most likely reason.
 */
export type CookieState =
  | { readonly kind: 'held' }
  | { readonly kind: 'cleared'; readonly exchange: number; readonly cause: 'deleted' | 'expired' }
  | { readonly kind: 'refused'; readonly exchange: number; readonly reason: RejectReason; readonly times: number }
  | { readonly kind: 'not-held'; readonly exchange: number; readonly reason: NotHeldReason };

/** The context of the response that last set a cookie: a third-party one is where browsers block cookies. */
export type SetContext = 'first-party' | 'third-party' | 'not-set';
