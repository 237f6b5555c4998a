import { fullMatch, cookieRule } from './rule.ts';

/** An unsigned JWT proves nothing: if the server accepts it, anyone can write their own claims. */
export const jwtAlgNone = cookieRule({
  id: 'jwt-alg-none',
  reads: 'name-and-value',
  severity: {
    'session-id': 'high',
    'auth-token': 'high',
    csrf: 'medium',
    'load-balancer': 'medium',
    tracking: 'medium',
    preference: 'medium',
    unknown: 'medium',
  },
  check: ({ jwt }) => (jwt?.alg?.toLowerCase() === 'none' ? fullMatch(jwt.alg) : null),
});
