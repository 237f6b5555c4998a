import { cookieShadowing } from './cookie-shadowing.ts';
import { leakedToThirdParty } from './leaked-to-third-party.ts';
import { notClearedOnLogout } from './not-cleared-on-logout.ts';
import { sentOverHttp } from './sent-over-http.ts';
import { sessionIdInUrl } from './session-id-in-url.ts';
import { sessionNotRotated } from './session-not-rotated.ts';
/** Every rule the session tracer applies, registered here once. */
export const TRACE_RULES = [
  sessionNotRotated,
  notClearedOnLogout,
  sessionIdInUrl,
  sentOverHttp,
  leakedToThirdParty,
  cookieShadowing,
] as const;

export type TraceRuleId = (typeof TRACE_RULES)[number]['id'];

export const TRACE_RULE_IDS: readonly TraceRuleId[] = TRACE_RULES.map((rule) => rule.id);
