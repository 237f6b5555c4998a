import type { Report } from '../core/report/types.ts';
import { GradeBadge } from '../ui/GradeBadge.tsx';
import { SEVERITY_LABELS } from '../core/i18n/severity-labels.ts';
import { SeverityCounts } from '../ui/SeverityCounts.tsx';
import { useTranslate } from '../ui/translate.ts';

const TOP_FINDINGS = 3;


/** The popup's one-screen audit of the current tab, from the background's report. */
export const QuickAudit = ({ report }: { readonly report: Report }) => {
  const t = useTranslate();
  const { summary } = report;
  // The report lists findings worst first already.
  const top = report.findings.slice(0, TOP_FINDINGS);
  return (
    <main class="quick-audit">
      <header class="popup-header">
        <GradeBadge grade={summary.grade} score={summary.score} />
        <div class="popup-title">
          <h1>{t('ui_popup_heading')}</h1>
          <p class="page" title={report.source.page}>
            {report.source.page}
          </p>
        </div>
      </header>
      <dl class="cookie-counts">
        <div class="pair">
          <dt>{t('ui_popup_session')}</dt>
          <dd class="count-session">{summary.sessionCookies}</dd>
        </div>
        <div class="pair">
          <dt>{t('ui_popup_persistent')}</dt>
          <dd class="count-persistent">{summary.persistentCookies}</dd>
        </div>
        {summary.states.refused + summary.states.notHeld > 0 ? (
          <div class="pair not-stored">
            <dt>{t('ui_popup_not_stored')}</dt>
            <dd class="count-not-stored">{summary.states.refused + summary.states.notHeld}</dd>
          </div>
        ) : null}
      </dl>
      <SeverityCounts counts={summary.findings} />
      {top.length > 0 ? (
        <section class="top-findings">
          <h2>{t('ui_popup_top_findings')}</h2>
          <ol>
            {top.map((finding, index) => (
              <li key={index} class={`severity-${finding.severity}`} title={finding.message}>
                <span class={`severity-tag severity-${finding.severity}`}>{t(SEVERITY_LABELS[finding.severity])}</span>
                {/* The message names the cookie already ($1 of every rule message). */}
                <span class="line">{finding.message}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <p class="empty">{t('ui_findings_none')}</p>
      )}
      <p class="open-panel">{t('ui_popup_open_panel')}</p>
    </main>
  );
};
