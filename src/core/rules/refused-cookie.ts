import type { RejectReason } from '../store/storage-decision.ts';
import { fullMatch, cookieRule } from './rule.ts';

/** Refusals another rule reports with its own advice: one broken attribute is one finding. */
const REPORTED_ELSEWHERE: ReadonlySet<RejectReason> = new Set<RejectReason>([
  'samesite-none-without-secure',
  'name-value-too-long',
  'secure-prefix-needs-secure',
  'host-prefix-needs-secure',
  'host-prefix-needs-host-only',
  'host-prefix-needs-root-path',
]);

/**
 * The browser refuses the Set-Cookie, so the cookie never exists: whatever the site keeps in it (a session,
 * a CSRF token, a preference) silently does not work, and nothing on the server says so.
 */
export const refusedCookie = cookieRule({
  id: 'refused-cookie',
  reads: 'attributes',
  severity: {
    'session-id': 'medium',
    'auth-token': 'medium',
    csrf: 'medium',
    'load-balancer': 'low',
    tracking: 'low',
    preference: 'low',
    unknown: 'low',
  },
  check: ({ state }) => (state.kind === 'refused' && !REPORTED_ELSEWHERE.has(state.reason) ? fullMatch(state.reason) : null),
});
