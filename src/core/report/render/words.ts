import type { MessageKey, Translate } from '../../i18n/translate.ts';
import { EVENT_TYPE_KEYS } from '../../trace/messages.ts';
import type { Report, ReportCookie, ReportCookieState, ReportSessionEvent } from '../types.ts';
import { humanDuration } from './duration.ts';

/** How long a cookie lives, in words: the terminal and Markdown reports say it alike. */
export const lifetimeLabel = (cookie: ReportCookie, t: Translate): string => {
  if (cookie.attributes === 'unknown') return t('cli_lifetime_unknown');
  if (cookie.session || cookie.lifetimeSeconds === null) return t('cli_lifetime_session');
  if (cookie.lifetimeSeconds === 0) return t('cli_lifetime_expired');
  return t('cli_lifetime_persistent', [humanDuration(cookie.lifetimeSeconds, t)]);
};

/** An exchange as people count them: from 1. */
export const entryLabel = (entry: number): string => `#${entry + 1}`;

type StateKind = { readonly kind: 'held' | 'refused' | 'not-held' } | { readonly kind: 'cleared'; readonly cause: 'deleted' | 'expired' };

const STATE_KEYS = {
  held: 'cli_state_held',
  deleted: 'cli_state_deleted',
  expired: 'cli_state_expired',
  refused: 'cli_state_refused',
  'not-held': 'cli_state_not_held',
} as const satisfies Record<string, MessageKey>;

/** The words for a cookie's state; all but `held` take the exchange that put it there as `$1` (#3). */
export const stateKey = (state: StateKind): MessageKey => (state.kind === 'cleared' ? STATE_KEYS[state.cause] : STATE_KEYS[state.kind]);

/** Where a cookie stands, in a few words with the exchange that put it there. */
export const stateLabel = (state: ReportCookieState, t: Translate): string =>
  t(stateKey(state), state.kind === 'held' ? [] : [entryLabel(state.entry)]);

/** Refused and not-held cookies, with why: the ones a report must say were never (or are no longer) in the browser. */
export const notStored = (cookies: readonly ReportCookie[]): { readonly cookie: ReportCookie; readonly message: string }[] =>
  cookies.flatMap((cookie) => (cookie.state.kind === 'refused' || cookie.state.kind === 'not-held' ? [{ cookie, message: cookie.state.message }] : []));

/** An event's name; a run of requests carrying one value says how many and where the run ended. */
export const eventLabel = (event: ReportSessionEvent, t: Translate): string =>
  event.type === 'sent' && event.count > 1
    ? t('cli_event_sent_run', [String(event.count), entryLabel(event.lastEntry)])
    : t(EVENT_TYPE_KEYS[event.type]);

/** The summary's second line: where the cookies stand, and how many requests withheld one. */
export const statesLine = (report: Report, t: Translate): string => {
  const { states, unknownLifetimeCookies, withheldRequests } = report.summary;
  return t('cli_text_states', [String(states.held), String(states.cleared), String(states.refused), String(states.notHeld), String(unknownLifetimeCookies), String(withheldRequests)]);
};
