import { SEVERITIES, type CookieRef } from '../core/model.ts';
import type { Finding } from '../core/rules/finding.ts';
import { FindingAdvice, FindingHeadline } from './FindingText.tsx';
import { SEVERITY_LABELS } from '../core/i18n/severity-labels.ts';
import { useTranslate } from './translate.ts';

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly onShowCookie: (cookie: CookieRef) => void;
  readonly onShowExchange: (exchange: number, cookie: CookieRef) => void;
}

const FindingItem = ({ finding, onShowCookie, onShowExchange }: { readonly finding: Finding } & Omit<FindingsListProps, 'findings'>) => {
  const t = useTranslate();
  return (
    <li class="finding" data-rule={finding.rule}>
      <FindingHeadline finding={finding} />
      <div class="finding-links">
        <button type="button" class="link cookie-link" onClick={() => onShowCookie(finding.cookie)}>
          {t('ui_finding_show_cookie', [finding.cookie.name])}
        </button>
        {finding.exchanges.map((exchange) => (
          <button
            type="button"
            key={exchange}
            class="link exchange-link"
            onClick={() => onShowExchange(exchange, finding.cookie)}
          >
            {t('ui_finding_show_exchange', [String(exchange + 1)])}
          </button>
        ))}
      </div>
      <FindingAdvice finding={finding} />
    </li>
  );
};

/** Findings grouped worst first; each links to its cookie and to the requests that show it. */
export const FindingsList = ({ findings, onShowCookie, onShowExchange }: FindingsListProps) => {
  const t = useTranslate();
  if (findings.length === 0) return <p class="empty findings-empty">{t('ui_findings_none')}</p>;
  return (
    <div class="findings">
      {SEVERITIES.map((severity) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} class={`finding-group severity-${severity}`} data-severity={severity}>
            <h2>{t('ui_findings_group', [t(SEVERITY_LABELS[severity]), String(group.length)])}</h2>
            <ul>
              {group.map((finding, index) => (
                <FindingItem
                  key={`${finding.rule}-${finding.cookie.name}-${index}`}
                  finding={finding}
                  onShowCookie={onShowCookie}
                  onShowExchange={onShowExchange}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
};
