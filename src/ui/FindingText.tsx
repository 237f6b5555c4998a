import { ruleTextKey, type Finding } from '../core/rules/finding.ts';
import { SEVERITY_LABELS } from '../core/i18n/severity-labels.ts';
import { useTranslate } from './translate.ts';

export const SeverityTag = ({ finding }: { readonly finding: Finding }) => {
  const t = useTranslate();
  return <span class={`severity-tag severity-${finding.severity}`}>{t(SEVERITY_LABELS[finding.severity])}</span>;
};

/** A finding's title and message; `args` never hold a cookie value (see Finding), so nothing needs masking. */
export const FindingHeadline = ({ finding }: { readonly finding: Finding }) => {
  const t = useTranslate();
  return (
    <span class="finding-headline">
      <SeverityTag finding={finding} />
      <strong class="finding-title">{t(ruleTextKey(finding.rule, 'title'))}</strong>
      <span class="finding-message">{t(ruleTextKey(finding.rule, 'message'), finding.args)}</span>
    </span>
  );
};

/** Why the finding matters and how to fix it. */
export const FindingAdvice = ({ finding }: { readonly finding: Finding }) => {
  const t = useTranslate();
  return (
    <dl class="finding-advice">
      <dt>{t('ui_finding_why')}</dt>
      <dd>{t(ruleTextKey(finding.rule, 'why'), finding.args)}</dd>
      <dt>{t('ui_finding_fix')}</dt>
      <dd>{t(ruleTextKey(finding.rule, 'fix'), finding.args)}</dd>
    </dl>
  );
};
