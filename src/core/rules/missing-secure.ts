import { prefixOf } from '../store/prefix.ts';
import { fullMatch, cookieRule } from './rule.ts';

/** Without Secure the browser also sends the cookie over plain HTTP, where anyone on the network reads it. */
export const missingSecure = cookieRule({
  id: 'missing-secure',
  reads: 'attributes',
  severity: {
    'session-id': 'high',
    'auth-token': 'high',
    csrf: 'medium',
    'load-balancer': 'low',
    tracking: 'low',
    unknown: 'low',
  },
  // Browsers reject a SameSite=None or prefixed cookie without Secure: samesite-none-without-secure and
  // prefix-violation report those, so one missing attribute is one finding.
  check: ({ cookie }) =>
    cookie.secure || cookie.sameSite === 'none' || prefixOf(cookie) !== 'none' ? null : fullMatch(),
});
