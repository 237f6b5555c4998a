import { broadDomain } from './broad-domain.ts';
import { clientSideSession } from './client-side-session.ts';
import { expiryOver400Days } from './expiry-over-400-days.ts';
import { invalidSameSite } from './invalid-samesite.ts';
import { jwtAlgNone } from './jwt-alg-none.ts';
import { jwtSensitiveClaims } from './jwt-sensitive-claims.ts';
import { lbCookieRevealsBackend } from './lb-cookie-reveals-backend.ts';
import { longLivedSession } from './long-lived-session.ts';
import { lowEntropySessionId } from './low-entropy-session-id.ts';
import { missingHttpOnly } from './missing-httponly.ts';
import { missingSameSite } from './missing-samesite.ts';
import { missingSecure } from './missing-secure.ts';
import { oversizedCookie } from './oversized-cookie.ts';
import { prefixViolation } from './prefix-violation.ts';
import { refusedCookie } from './refused-cookie.ts';
import { sameSiteNoneWithoutSecure } from './samesite-none-without-secure.ts';

/** Every rule judged on one cookie alone, in the order their findings are listed; registered here once. */
export const COOKIE_RULES = [
  missingHttpOnly,
  missingSecure,
  missingSameSite,
  sameSiteNoneWithoutSecure,
  invalidSameSite,
  prefixViolation,
  broadDomain,
  longLivedSession,
  expiryOver400Days,
  oversizedCookie,
  lowEntropySessionId,
  jwtAlgNone,
  jwtSensitiveClaims,
  lbCookieRevealsBackend,
  refusedCookie,
  clientSideSession,
] as const;

export type CookieRuleId = (typeof COOKIE_RULES)[number]['id'];

export const COOKIE_RULE_IDS: readonly CookieRuleId[] = COOKIE_RULES.map((rule) => rule.id);
