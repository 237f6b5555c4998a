import type { MessageKey } from '../i18n/translate.ts';
import type { CookieRef, Severity } from '../model.ts';

/** Every rule judged on one cookie alone; the catalog test reads this list. */
export const COOKIE_RULE_IDS = [
  'missing-httponly',
  'missing-secure',
  'missing-samesite',
  'samesite-none-without-secure',
  'invalid-samesite',
  'prefix-violation',
  'broad-domain',
  'long-lived-session',
  'expiry-over-400-days',
  'oversized-cookie',
  'low-entropy-session-id',
  'jwt-alg-none',
  'jwt-sensitive-claims',
  'lb-cookie-reveals-backend',
  'refused-cookie',
  'client-side-session',
] as const;

export type CookieRuleId = (typeof COOKIE_RULE_IDS)[number];

/** Every rule the session tracer applies; the catalog test reads this list. */
export const TRACE_RULE_IDS = [
  'session-not-rotated',
  'not-cleared-on-logout',
  'session-id-in-url',
  'sent-over-http',
  'leaked-to-third-party',
  'cookie-shadowing',
] as const;

export type TraceRuleId = (typeof TRACE_RULE_IDS)[number];

export type RuleId = CookieRuleId | TraceRuleId;

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly cookie: CookieRef;
  /** Substitutions for `rule_<id>_message`; `$1` is always the cookie name. Never a raw secret value. */
  readonly args: readonly string[];
  /** Indexes of the exchanges that show it (trace rules); empty for attribute rules. */
  readonly exchanges: readonly number[];
}

export type RuleTextPart = 'title' | 'message' | 'why' | 'fix';

/** The catalog key of one part of a rule's prose; the catalog test proves every such key exists. */
export const ruleTextKey = (rule: RuleId, part: RuleTextPart): MessageKey =>
  // Keys are built, not listed, so that adding a rule means adding prose only; the catalog test checks them.
  `rule_${rule.replaceAll('-', '_')}_${part}` as MessageKey;
