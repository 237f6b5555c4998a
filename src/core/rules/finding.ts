import type { MessageKey } from '../i18n/translate.ts';
import type { CookieRef, Severity } from '../model.ts';

/** What a rule found on one cookie or session; `Id` is the id type of the rules that produce it. */
export interface Finding<Id extends string = string> {
  readonly rule: Id;
  readonly severity: Severity;
  readonly cookie: CookieRef;
  /** Substitutions for `rule_<id>_message`; `$1` is always the cookie name. Never a raw secret value. */
  readonly args: readonly string[];
  /** Indexes of the exchanges that show it (trace rules); empty for attribute rules. */
  readonly exchanges: readonly number[];
}

export type RuleTextPart = 'title' | 'message' | 'why' | 'fix';

/** The catalog key of one part of a rule's prose; the catalog test proves every such key exists. */
export const ruleTextKey = (rule: string, part: RuleTextPart): MessageKey =>
  // Keys are built, not listed, so that adding a rule means adding prose only; the catalog test checks them.
  `rule_${rule.replaceAll('-', '_')}_${part}` as MessageKey;
