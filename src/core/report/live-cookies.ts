import { cookieKey, type Cookie } from '../model.ts';
import { domainMatches } from '../store/match.ts';
import type { CookieState, NotHeldReason } from '../cookie-state.ts';
import type { ObservedCookie } from '../trace/observed-cookies.ts';

const HELD: CookieState = { kind: 'held' };

/** Why the browser most likely does not hold a cookie the recording saw set (and never saw cleared). */
const notHeldReason = (observed: ObservedCookie): NotHeldReason => {
  if (observed.setContext !== 'third-party') return 'removed';
  const { sameSite } = observed.cookie;
  return sameSite === 'lax' || sameSite === 'strict' ? 'samesite-cross-site-response' : 'third-party-blocked';
};

/** The browser's copy, with what only the recording knows: when it was set and the header that set it. */
const withRecordedOrigin = (live: Cookie, observed: ObservedCookie): Cookie =>
  observed.cookie.origin.kind === 'set-cookie' ? { ...live, creationTime: observed.cookie.creationTime, origin: observed.cookie.origin } : live;

const browserOnly = (cookie: Cookie): ObservedCookie => ({
  id: cookieKey(cookie),
  cookie,
  anomalies: [],
  state: HELD,
  withheld: [],
  setContext: 'not-set',
  lastExchange: -1,
});

/**
 * The live view: every cookie the browser holds, and every cookie of the recording it no longer holds.
 * The browser's attributes win over the recording's; a cookie the recording left held that the browser
 * does not hold is `not-held`, with the most likely reason; a refused or cleared one keeps its state.
 */
export const liveCookies = (held: readonly Cookie[], seen: readonly ObservedCookie[]): ObservedCookie[] => {
  const heldByKey = new Map(held.map((cookie) => [cookieKey(cookie), cookie]));
  const listed = new Set<string>();
  const entries = seen.flatMap((observed): ObservedCookie[] => {
    if (observed.state.kind === 'refused') return [observed];
    if (observed.cookie.origin.kind === 'request-header') {
      // Its attributes were unknown; the browser's copy of it, if any, is listed as the browser has it.
      const { name, domain } = observed.cookie;
      const inBrowser = held.some((cookie) => cookie.name === name && (cookie.hostOnly ? cookie.domain === domain : domainMatches(domain, cookie.domain)));
      return inBrowser ? [] : [{ ...observed, state: { kind: 'not-held', exchange: observed.lastExchange, reason: 'removed' } }];
    }
    const key = cookieKey(observed.cookie);
    const live = heldByKey.get(key);
    if (live !== undefined) {
      listed.add(key);
      return [{ ...observed, cookie: withRecordedOrigin(live, observed), state: HELD }];
    }
    if (observed.state.kind !== 'held') return [observed];
    return [{ ...observed, state: { kind: 'not-held', exchange: observed.lastExchange, reason: notHeldReason(observed) } }];
  });
  return [...entries, ...held.filter((cookie) => !listed.has(cookieKey(cookie))).map(browserOnly)];
};
