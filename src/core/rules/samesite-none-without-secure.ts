import { fullMatch, cookieRule } from './rule.ts';

/** Chrome rejects SameSite=None without Secure; browsers that accept it send it cross-site and over HTTP. */
export const sameSiteNoneWithoutSecure = cookieRule({
  id: 'samesite-none-without-secure',
  reads: 'attributes',
  severity: {
    'session-id': 'high',
    'auth-token': 'high',
    csrf: 'medium',
    'load-balancer': 'medium',
    tracking: 'low',
    preference: 'low',
    unknown: 'medium',
  },
  check: ({ cookie }) => (cookie.sameSite === 'none' && !cookie.secure ? fullMatch() : null),
});
