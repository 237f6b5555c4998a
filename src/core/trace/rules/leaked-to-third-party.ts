import { traceRule } from './trace-rule.ts';
import { leakFindings } from './trace-rule.ts';

/** High: another site's servers and logs now hold a working session credential. */
export const leakedToThirdParty = traceRule({
  id: 'leaked-to-third-party',
  findings: (observations) => leakFindings('leaked-to-third-party', 'high', ['referer', 'third-party'], observations),
});
