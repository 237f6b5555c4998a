import type { Translate } from '../../core/i18n/translate.ts';
import { SEVERITIES, type Severity } from '../../core/model.ts';
import type { Report, ReportCookie, ReportFinding, ReportSession, ReportSessionEvent } from '../../core/report/types.ts';
import { SEVERITY_LABELS } from '../../core/i18n/severity-labels.ts';
import { ROLE_LABEL } from '../../core/i18n/role-labels.ts';
import { architectureLabel, flagsOf, flagText } from '../../core/report/render/labels.ts';
import { entryLabel, eventLabel, lifetimeLabel, notStored, stateLabel, statesLine } from '../../core/report/render/words.ts';
import type { Style } from './style.ts';
import { printable, renderTable } from './terminal.ts';

interface Context {
  readonly t: Translate;
  readonly style: Style;
  readonly revealed: boolean;
}

const summary = (report: Report, { t, style }: Context): string[] => {
  const { summary: s } = report;
  const counts = s.findings;
  return [
    style.bold(t('cli_text_title', [printable(report.source.page)])),
    style.bold(t('cli_text_grade', [s.grade, String(s.score)])),
    t('cli_text_counts', [String(s.cookies), String(s.sessionCookies), String(s.persistentCookies)]),
    statesLine(report, t),
    t('cli_text_finding_counts', [String(counts.high), String(counts.medium), String(counts.low), String(counts.info)]),
  ];
};

const cookieRow = (cookie: ReportCookie, { t, style }: Context): string[] => [
  printable(cookie.name),
  printable(cookie.domain),
  printable(cookie.path),
  lifetimeLabel(cookie, t),
  flagsOf(cookie)
    .map((flag) => (flag.status === 'present' ? flagText(flag) : style.missing(flagText(flag))))
    .join(' '),
  stateLabel(cookie.state, t),
  t(ROLE_LABEL[cookie.role]),
  t(cookie.thirdParty ? 'cli_party_third' : 'cli_party_first'),
  printable(cookie.value),
];

const cookieSection = (report: Report, context: Context): string[] => {
  const { t, style } = context;
  const heading = style.bold(t('cli_text_cookies_heading'));
  if (report.cookies.length === 0) return [heading, t('cli_text_no_cookies')];
  const header = (
    ['cli_column_name', 'cli_column_domain', 'cli_column_path', 'cli_column_lifetime', 'cli_column_flags', 'cli_column_state', 'cli_column_role', 'cli_column_party', 'cli_column_value'] as const
  ).map((key) => style.dim(t(key)));
  const rows = renderTable([header, ...report.cookies.map((cookie) => cookieRow(cookie, context))]);
  const legend = t(context.revealed ? 'cli_text_flags_legend_revealed' : 'cli_text_flags_legend');
  return [heading, ...rows, style.dim(legend)];
};

/** Cookies the browser refused or no longer holds, each with the reason in words. */
const notStoredSection = (report: Report, { t, style }: Context): string[] => {
  const cookies = notStored(report.cookies);
  if (cookies.length === 0) return [];
  return [
    style.bold(t('cli_text_not_stored_heading')),
    ...cookies.map(({ cookie, message }) => `  ${printable(cookie.name)} ${style.dim(`(${printable(cookie.domain)}${printable(cookie.path)})`)}: ${printable(message)}`),
  ];
};

const findingLines = (finding: ReportFinding, { t, style }: Context): string[] => [
  `  ${style.severity(finding.severity, '●')} ${style.bold(finding.rule)}  ${printable(finding.cookie.name)} ${style.dim(`(${printable(finding.cookie.domain)}${printable(finding.cookie.path)})`)}`,
  `    ${printable(finding.message)}`,
  `    ${t('cli_text_fix', [printable(finding.fix)])}`,
];

const severityGroup = (severity: Severity, findings: readonly ReportFinding[], context: Context): string[] => {
  const group = findings.filter((finding) => finding.severity === severity);
  if (group.length === 0) return [];
  const title = context.t('cli_text_findings_group', [context.t(SEVERITY_LABELS[severity]), String(group.length)]);
  return [context.style.severity(severity, context.style.bold(title)), ...group.flatMap((finding) => findingLines(finding, context))];
};

const findingSection = (report: Report, context: Context): string[] => {
  const heading = context.style.bold(context.t('cli_text_findings_heading'));
  if (report.findings.length === 0) return [heading, context.t('cli_text_no_findings')];
  return [heading, ...SEVERITIES.flatMap((severity) => severityGroup(severity, report.findings, context))];
};

/** Entries are shown 1-based, as HAR viewers number them. */
const eventCells = (event: ReportSessionEvent, { t }: Context): string[] => [
  entryLabel(event.entry),
  eventLabel(event, t),
  `${printable(event.method)} ${printable(event.url)}`,
  event.status === null ? t('cli_status_none') : String(event.status),
];

const sessionLines = (session: ReportSession, context: Context): string[] => {
  const { cookie } = session;
  const title = context.t('cli_text_session_title', [
    printable(cookie.name),
    printable(cookie.domain),
    printable(cookie.path),
    context.t(architectureLabel(session.architecture)),
  ]);
  const rows = renderTable(session.events.map((event) => eventCells(event, context)));
  return [context.style.bold(title), ...rows.map((row) => `  ${row}`)];
};

const sessionSection = (report: Report, context: Context): string[] => {
  const heading = context.style.bold(context.t('cli_text_sessions_heading'));
  if (report.sessions.length === 0) return [heading, context.t('cli_text_no_sessions')];
  return [heading, ...report.sessions.flatMap((session) => sessionLines(session, context))];
};

const warningSection = (report: Report, { t, style }: Context): string[] =>
  report.warnings.length === 0
    ? []
    : [style.bold(t('cli_text_warnings_heading')), ...report.warnings.map((warning) => `  - ${printable(warning)}`)];

/** The terminal report: summary, cookie table, findings by severity, session timelines, warnings. */
export const renderText = (report: Report, t: Translate, style: Style, revealed: boolean): string => {
  const context: Context = { t, style, revealed };
  const sections = [
    summary(report, context),
    warningSection(report, context),
    cookieSection(report, context),
    notStoredSection(report, context),
    findingSection(report, context),
    sessionSection(report, context),
  ].filter((section) => section.length > 0);
  return `${sections.map((section) => section.join('\n')).join('\n\n')}\n`;
};
