import { CLIENT_SESSION_NAMES } from '../classify/client-session.ts';
import { fullMatch, cookieRule } from './rule.ts';

/**
 * Advice, not a fault: a session kept in the cookie itself (a JWT, Flask's signed session, Rails' cookie
 * store, cookie-session…) is readable by whoever holds it unless encrypted, and deleting the cookie at
 * logout cannot revoke a copy taken earlier: it stays valid until it expires or the signing key changes.
 */
export const clientSideSession = cookieRule({
  id: 'client-side-session',
  reads: 'name-and-value',
  severity: { 'session-id': 'info', 'auth-token': 'info' },
  check: ({ jwt, clientSession }) => {
    if (clientSession !== null) return fullMatch(CLIENT_SESSION_NAMES[clientSession.format]);
    return jwt === null ? null : fullMatch('JWT');
  },
});
