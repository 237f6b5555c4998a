import { siteOf } from '../site.ts';
import { fullMatch, lesserMatch, cookieRule } from './rule.ts';

/**
 * A Domain attribute sends the cookie to every subdomain of that domain, so any one of them (a forgotten
 * marketing host, a user-content host, a taken-over DNS name) receives the session.
 */
export const broadDomain = cookieRule({
  id: 'broad-domain',
  reads: 'attributes',
  severity: { 'session-id': 'medium', 'auth-token': 'medium' },
  // The whole site is worse than one branch of it (Domain=app.example.com).
  check: ({ scope, cookie }) => {
    if (scope === 'host-only') return null;
    return siteOf(cookie.domain) === cookie.domain ? fullMatch(cookie.domain) : lesserMatch(cookie.domain);
  },
});
