import { outcomeFindings, traceRule } from './trace-rule.ts';

/**
 * Medium: the browser keeps the session after logout, so a shared computer stays logged in unless the server
 * also ended the session, which a recording cannot show.
 */
export const notClearedOnLogout = traceRule({
  id: 'not-cleared-on-logout',
  findings: ({ outcomes }) => outcomeFindings('logout', 'not-cleared-on-logout', 'medium', outcomes),
});
