import { DAY_SECONDS, daysText, requestedLifetimeSeconds } from './lifetime.ts';
import { fullMatch, lesserMatch, cookieRule } from './rule.ts';

/** Past a day the login outlives the working day it was made for. */
const LESSER_AFTER_SECONDS = DAY_SECONDS;
/** NIST SP 800-63B asks even single-factor logins to be repeated at least every 30 days. */
const FULL_AFTER_SECONDS = 30 * DAY_SECONDS;

/** A persistent session survives closing the browser: a shared computer or a stolen ID stays logged in. */
export const longLivedSession = cookieRule({
  id: 'long-lived-session',
  reads: 'attributes',
  severity: { 'session-id': 'medium', 'auth-token': 'medium' },
  check: ({ cookie }) => {
    const seconds = requestedLifetimeSeconds(cookie);
    if (seconds === null || seconds <= LESSER_AFTER_SECONDS) return null;
    return seconds > FULL_AFTER_SECONDS ? fullMatch(daysText(seconds)) : lesserMatch(daysText(seconds));
  },
});
