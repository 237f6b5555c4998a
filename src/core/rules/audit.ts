import type { ClassifiedCookie } from '../classify/types.ts';
import { cookieRef, SEVERITIES } from '../model.ts';
import type { Finding } from './finding.ts';
import { COOKIE_RULES, type CookieRuleId } from './index.ts';
import { severityOf, type CookieRule } from './rule.ts';

/** A request's Cookie header carries no attributes, so attribute rules cannot judge what it shows. */
const canJudge = (rule: CookieRule, { cookie }: ClassifiedCookie): boolean =>
  rule.reads === 'name-and-value' || cookie.origin.kind !== 'request-header';

const judge = <Id extends string>(rule: CookieRule<Id>, classified: ClassifiedCookie): Finding<Id> | null => {
  if (!canJudge(rule, classified) || rule.severity[classified.role.role] === undefined) return null;
  const found = rule.check(classified);
  if (found === null) return null;
  const severity = severityOf(rule, classified.role.role, found.degree);
  if (severity === null) return null;
  const { cookie } = classified;
  return { rule: rule.id, severity, cookie: cookieRef(cookie), args: [cookie.name, ...found.args], exchanges: [] };
};

/** Every cookie rule on one cookie, in the rules' order. */
export const auditCookie = (classified: ClassifiedCookie): Finding<CookieRuleId>[] => COOKIE_RULES.flatMap((rule) => judge(rule, classified) ?? []);

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Worst first, then by cookie; the sort is stable, so one cookie's findings keep the rules' order. */
export const worstFirst = (a: Finding, b: Finding): number =>
  SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
  byText(a.cookie.name, b.cookie.name) ||
  byText(a.cookie.domain, b.cookie.domain) ||
  byText(a.cookie.path, b.cookie.path);

/**
 * Runs every cookie rule on every cookie, worst first. A cookie whose lifetime ran out, or that was deleted
 * or refused, is judged too: the site set it with those attributes, and a logout does not mend them.
 */
export const auditCookies = (cookies: readonly ClassifiedCookie[]): Finding[] => cookies.flatMap(auditCookie).sort(worstFirst);
