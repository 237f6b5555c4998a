import type { Translate } from '../../i18n/translate.ts';
import { SEVERITIES, type Severity } from '../../model.ts';
import type { Report, ReportCookie, ReportFinding, ReportSession, ReportSessionEvent } from '../types.ts';
import { SEVERITY_LABELS } from '../../i18n/severity-labels.ts';
import { ROLE_LABEL } from '../../i18n/role-labels.ts';
import { architectureLabel, flagsOf, flagText } from './labels.ts';
import { unicodeEscape } from './unicode-escape.ts';
import { entryLabel, eventLabel, lifetimeLabel, notStored, stateLabel, statesLine } from './words.ts';

const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]<>()#+\-.!|~&]/g;
const LINE_BREAKS = /[\r\n]+/g;
/** C0, DEL and C1: a terminal showing the Markdown would run them (ESC, CSI U+009B). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Page data as literal text: every character Markdown could read as syntax (table pipes, backticks, HTML
 * brackets, emphasis) is backslash-escaped, line breaks become spaces so a table row stays one row, and
 * other control characters show as `\u001b`. Backslash escapes hold only outside raw HTML, so no page data
 * is ever written inside an HTML block.
 */
export const escapeMarkdown = (text: string): string =>
  text.replace(LINE_BREAKS, ' ').replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`).replace(CONTROLS, unicodeEscape);

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

const cookieRow = (cookie: ReportCookie, t: Translate): string =>
  row([
    escapeMarkdown(cookie.name),
    escapeMarkdown(cookie.domain),
    escapeMarkdown(cookie.path),
    escapeMarkdown(lifetimeLabel(cookie, t)),
    flagsOf(cookie).map(flagText).join(' '),
    escapeMarkdown(stateLabel(cookie.state, t)),
    escapeMarkdown(t(ROLE_LABEL[cookie.role])),
    escapeMarkdown(t(cookie.thirdParty ? 'cli_party_third' : 'cli_party_first')),
    escapeMarkdown(cookie.value),
  ]);

const cookieSection = (report: Report, t: Translate, revealed: boolean): string[] => {
  const heading = `### ${escapeMarkdown(t('cli_text_cookies_heading'))}`;
  if (report.cookies.length === 0) return [heading, '', escapeMarkdown(t('cli_text_no_cookies'))];
  const header = (
    ['cli_column_name', 'cli_column_domain', 'cli_column_path', 'cli_column_lifetime', 'cli_column_flags', 'cli_column_state', 'cli_column_role', 'cli_column_party', 'cli_column_value'] as const
  ).map((key) => escapeMarkdown(t(key)));
  const legend = t(revealed ? 'cli_text_flags_legend_revealed' : 'cli_text_flags_legend');
  return [heading, '', row(header), row(header.map(() => '---')), ...report.cookies.map((cookie) => cookieRow(cookie, t)), '', `_${escapeMarkdown(legend)}_`];
};

const notStoredSection = (report: Report, t: Translate): string[] => {
  const cookies = notStored(report.cookies);
  if (cookies.length === 0) return [];
  return [
    `### ${escapeMarkdown(t('cli_text_not_stored_heading'))}`,
    '',
    ...cookies.map(({ cookie, message }) => `- ${escapeMarkdown(`${cookie.name} (${cookie.domain}${cookie.path}): ${message}`)}`),
  ];
};

const findingItem = (finding: ReportFinding, t: Translate): string[] => [
  `- **${escapeMarkdown(finding.rule)}** · ${escapeMarkdown(finding.cookie.name)} (${escapeMarkdown(finding.cookie.domain + finding.cookie.path)}): ${escapeMarkdown(finding.message)}`,
  `  ${escapeMarkdown(t('cli_text_fix', [finding.fix]))}`,
];

const severityGroup = (severity: Severity, findings: readonly ReportFinding[], t: Translate): string[] => {
  const group = findings.filter((finding) => finding.severity === severity);
  if (group.length === 0) return [];
  const title = t('cli_text_findings_group', [t(SEVERITY_LABELS[severity]), String(group.length)]);
  return ['', `#### ${escapeMarkdown(title)}`, '', ...group.flatMap((finding) => findingItem(finding, t))];
};

const findingSection = (report: Report, t: Translate): string[] => {
  const heading = `### ${escapeMarkdown(t('cli_text_findings_heading'))}`;
  if (report.findings.length === 0) return [heading, '', escapeMarkdown(t('cli_text_no_findings'))];
  return [heading, ...SEVERITIES.flatMap((severity) => severityGroup(severity, report.findings, t))];
};

const eventLine = (event: ReportSessionEvent, t: Translate): string => {
  const status = event.status === null ? t('cli_status_none') : String(event.status);
  return `- ${escapeMarkdown(`${entryLabel(event.entry)} ${eventLabel(event, t)} ${event.method} ${event.url} → ${status}`)}`;
};

/**
 * Timelines go in collapsed blocks: a pull-request comment should lead with the findings. The session's
 * title is a heading of its own: the `<summary>` line is raw HTML, where only the catalog's words go.
 */
const sessionBlock = (session: ReportSession, t: Translate): string[] => {
  const { cookie } = session;
  const title = t('cli_text_session_title', [cookie.name, cookie.domain, cookie.path, t(architectureLabel(session.architecture))]);
  const count = session.events.length;
  const summary = t(count === 1 ? 'cli_markdown_timeline_one' : 'cli_markdown_timeline_other', [String(count)]);
  return ['', `#### ${escapeMarkdown(title)}`, '', '<details>', `<summary>${summary}</summary>`, '', ...session.events.map((event) => eventLine(event, t)), '', '</details>'];
};

const sessionSection = (report: Report, t: Translate): string[] => {
  const heading = `### ${escapeMarkdown(t('cli_text_sessions_heading'))}`;
  if (report.sessions.length === 0) return [heading, '', escapeMarkdown(t('cli_text_no_sessions'))];
  return [heading, ...report.sessions.flatMap((session) => sessionBlock(session, t))];
};

const warningSection = (report: Report, t: Translate): string[] =>
  report.warnings.length === 0
    ? []
    : [`### ${escapeMarkdown(t('cli_text_warnings_heading'))}`, '', ...report.warnings.map((warning) => `- ${escapeMarkdown(warning)}`)];

/** A report for a pull-request comment (GitHub-flavoured Markdown). */
export const renderMarkdown = (report: Report, t: Translate, revealed: boolean): string => {
  const { summary } = report;
  const counts = summary.findings;
  const head = [
    `## ${escapeMarkdown(t('cli_markdown_title'))}`,
    '',
    `**${escapeMarkdown(t('cli_text_grade', [summary.grade, String(summary.score)]))}** · ${escapeMarkdown(report.source.page)}`,
    '',
    escapeMarkdown(t('cli_text_counts', [String(summary.cookies), String(summary.sessionCookies), String(summary.persistentCookies)])),
    escapeMarkdown(statesLine(report, t)),
    escapeMarkdown(t('cli_text_finding_counts', [String(counts.high), String(counts.medium), String(counts.low), String(counts.info)])),
  ];
  const sections = [head, warningSection(report, t), cookieSection(report, t, revealed), notStoredSection(report, t), findingSection(report, t), sessionSection(report, t)];
  return `${sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')}\n`;
};
