import { cookieShadowing } from './cookie-shadowing.ts';
import { leakedToThirdParty } from './leaked-to-third-party.ts';
import { notClearedOnLogout } from './not-cleared-on-logout.ts';
import { sentOverHttp } from './sent-over-http.ts';
import { sessionIdInUrl } from './session-id-in-url.ts';
import { sessionNotRotated } from './session-not-rotated.ts';
import type { TraceRule } from './trace-rule.ts';

export const TRACE_RULES: readonly TraceRule[] = [
  sessionNotRotated,
  notClearedOnLogout,
  sessionIdInUrl,
  sentOverHttp,
  leakedToThirdParty,
  cookieShadowing,
];
