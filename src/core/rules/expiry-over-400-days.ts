import { DAY_SECONDS, daysText, requestedLifetimeSeconds } from './lifetime.ts';
import { fullMatch, sameForEveryRole, cookieRule } from './rule.ts';

/** RFC 6265bis and current browsers cut any cookie lifetime down to 400 days. */
const BROWSER_CAP_SECONDS = 400 * DAY_SECONDS;

/** The server asks for more than browsers keep: the cookie expires earlier than its code expects. */
export const expiryOver400Days = cookieRule({
  id: 'expiry-over-400-days',
  reads: 'attributes',
  severity: sameForEveryRole('info'),
  check: ({ cookie }) => {
    const seconds = requestedLifetimeSeconds(cookie);
    return seconds !== null && seconds > BROWSER_CAP_SECONDS ? fullMatch(daysText(seconds)) : null;
  },
});
