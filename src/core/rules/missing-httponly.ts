import { fullMatch, cookieRule } from './rule.ts';

/** Page scripts can read a cookie without HttpOnly, so one XSS bug hands the session to the attacker. */
export const missingHttpOnly = cookieRule({
  id: 'missing-httponly',
  reads: 'attributes',
  // CSRF double-submit tokens, preferences and analytics cookies are read by page scripts on purpose.
  severity: { 'session-id': 'high', 'auth-token': 'high', unknown: 'info' },
  check: ({ cookie }) => (cookie.httpOnly ? null : fullMatch()),
});
