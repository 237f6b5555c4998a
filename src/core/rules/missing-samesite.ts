import { unreadSameSite } from './invalid-samesite.ts';
import { fullMatch, cookieRule } from './rule.ts';

/** Firefox and Safari still send a cookie without SameSite on cross-site requests: CSRF rides on it. */
export const missingSameSite = cookieRule({
  id: 'missing-samesite',
  reads: 'attributes',
  severity: { 'session-id': 'medium', 'auth-token': 'medium', unknown: 'info' },
  // An unreadable SameSite value also leaves it unspecified; invalid-samesite reports that case.
  check: (classified) =>
    classified.cookie.sameSite !== 'unspecified' || unreadSameSite(classified) !== null ? null : fullMatch(),
});
