import type { ClassifiedCookie } from '../../../src/core/classify/types.ts';
import type { Severity } from '../../../src/core/model.ts';
import { auditCookies } from '../../../src/core/rules/audit.ts';
import type { CookieRuleId } from '../../../src/core/rules/index.ts';

/** What one rule says about one cookie through the real audit path: null when it says nothing. */
export const verdict = (
  rule: CookieRuleId,
  cookie: ClassifiedCookie,
): { severity: Severity; args: readonly string[] } | null => {
  const found = auditCookies([cookie]).filter((finding) => finding.rule === rule);
  if (found.length > 1) throw new Error(`${rule} reported one cookie twice`);
  const [finding] = found;
  return finding === undefined ? null : { severity: finding.severity, args: finding.args };
};

export const severityOfRule = (rule: CookieRuleId, cookie: ClassifiedCookie): Severity | null =>
  verdict(rule, cookie)?.severity ?? null;
