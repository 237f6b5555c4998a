import { traceRule } from './trace-rule.ts';
import { leakFindings } from './trace-rule.ts';

/** High: anyone on the network path (public Wi-Fi) reads the value in cleartext and takes over the session. */
export const sentOverHttp = traceRule({
  id: 'sent-over-http',
  findings: (observations) => leakFindings('sent-over-http', 'high', ['http'], observations),
});
