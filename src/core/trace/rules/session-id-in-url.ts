import { traceRule } from './trace-rule.ts';
import { leakFindings } from './trace-rule.ts';

/** High: URLs end up in history, server and proxy logs, bookmarks and Referer headers, where anyone can reuse them. */
export const sessionIdInUrl = traceRule({
  id: 'session-id-in-url',
  findings: (observations) => leakFindings('session-id-in-url', 'high', ['url'], observations),
});
