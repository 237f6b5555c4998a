import { SEVERITIES, type Severity } from '../core/model.ts';
import { SEVERITY_LABELS } from '../core/i18n/severity-labels.ts';
import { useTranslate } from './translate.ts';

export const SeverityCounts = ({ counts }: { readonly counts: Readonly<Record<Severity, number>> }) => {
  const t = useTranslate();
  return (
    <ul class="severity-counts" aria-label={t('ui_severity_counts_label')}>
      {SEVERITIES.map((severity) => (
        <li key={severity} class={`severity severity-${severity}`} data-severity={severity}>
          <span class="severity-count">{counts[severity]}</span>
          <span class="severity-name">{t(SEVERITY_LABELS[severity])}</span>
        </li>
      ))}
    </ul>
  );
};
