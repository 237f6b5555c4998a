import { outcomeFindings, traceRule } from './trace-rule.ts';

/**
 * High: a session value that survives a login is a session fixation hole (OWASP ASVS 3.2.1): whoever planted
 * or read the pre-login value is logged in along with the user.
 */
export const sessionNotRotated = traceRule({
  id: 'session-not-rotated',
  findings: ({ outcomes }) => outcomeFindings('login', 'session-not-rotated', 'high', outcomes),
});
