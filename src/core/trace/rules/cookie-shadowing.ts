import type { Finding } from '../../rules/finding.ts';
import { sortedExchanges, traceRule } from './trace-rule.ts';

/**
 * Medium for a session cookie: a sibling subdomain can toss in its own copy and fix the session (the server
 * reads whichever comes first). Low otherwise: the server may read a stale or foreign value.
 */
export const cookieShadowing = traceRule({
  id: 'cookie-shadowing',
  findings: ({ shadowing }) =>
    shadowing.map(
      (shadow): Finding => ({
        rule: 'cookie-shadowing',
        severity: shadow.sessionBearing ? 'medium' : 'low',
        cookie: shadow.cookie,
        args: [shadow.key.name, shadow.host],
        exchanges: sortedExchanges(shadow.exchanges),
      }),
    ),
});
