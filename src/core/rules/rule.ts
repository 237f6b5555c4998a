import type { ClassifiedCookie } from '../classify/types.ts';
import { ROLES, SEVERITIES, type Role, type Severity } from '../model.ts';

/** How bad a rule's problem is for a cookie of each role; a role absent from the table is not a finding. */
export type SeverityByRole = Readonly<Partial<Record<Role, Severity>>>;

/**
 * What a rule reads. A cookie seen only in a request's `Cookie` header has a name and a value but no known
 * attributes, so only `name-and-value` rules may judge it.
 */
export type RuleInput = 'attributes' | 'name-and-value';

/** `lesser` is the milder form of a problem (near a limit rather than over it): one severity step lower. */
export type MatchDegree = 'full' | 'lesser';

export interface RuleMatch {
  readonly degree: MatchDegree;
  /** Message substitutions after the cookie name (`$2`, `$3`, …): names, numbers, attributes, never a value. */
  readonly args: readonly string[];
}

/** `Id` is the rule's own id as a literal type: the list of ids is derived from the list of rules. */
export interface CookieRule<Id extends string = string> {
  readonly id: Id;
  readonly reads: RuleInput;
  readonly severity: SeverityByRole;
  readonly check: (classified: ClassifiedCookie) => RuleMatch | null;
}

/** Declares a rule; its id stays a literal type, so COOKIE_RULES alone says which ids exist. */
export const cookieRule = <const Id extends string>(rule: CookieRule<Id>): CookieRule<Id> => rule;

export const fullMatch = (...args: readonly string[]): RuleMatch => ({ degree: 'full', args });

export const lesserMatch = (...args: readonly string[]): RuleMatch => ({ degree: 'lesser', args });

export const sameForEveryRole = (severity: Severity): SeverityByRole => {
  const table: Partial<Record<Role, Severity>> = {};
  for (const role of ROLES) table[role] = severity;
  return table;
};

/**
 * For what browsers ignore (an unknown SameSite value, a broken prefix): a session or token loses a
 * protection it was meant to have; for anything else the site merely misbehaves.
 */
export const IGNORED_BY_BROWSERS: SeverityByRole = {
  ...sameForEveryRole('low'),
  'session-id': 'medium',
  'auth-token': 'medium',
};

const oneStepMilder = (severity: Severity): Severity =>
  SEVERITIES[Math.min(SEVERITIES.indexOf(severity) + 1, SEVERITIES.length - 1)] ?? severity;

/** The severity of a match on a cookie of this role, or null when the rule does not apply to the role. */
export const severityOf = (rule: CookieRule, role: Role, degree: MatchDegree): Severity | null => {
  const base = rule.severity[role];
  if (base === undefined) return null;
  return degree === 'full' ? base : oneStepMilder(base);
};
