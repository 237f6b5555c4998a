import type { ClassifiedCookie } from '../classify/types.ts';
import { harWarningMessage } from '../har/har-issues.ts';
import type { Translate } from '../i18n/translate.ts';
import type { Severity } from '../model.ts';
import { utf8ByteLength } from '../parse/utf8.ts';
import { ruleTextKey, type Finding } from '../rules/finding.ts';
import type { SessionEvent } from '../trace/events.ts';
import type { Exchange } from '../trace/exchange.ts';
import type { TracedSession } from '../trace/trace.ts';
import type { Analysis, AnalysisWarning } from './analyze.ts';
import { maskValue } from './mask.ts';
import { redactReport } from './redact.ts';
import { analysisMasker } from './secrets.ts';
import {
  REPORT_SCHEMA,
  type Report,
  type ReportCookie,
  type ReportFinding,
  type ReportSession,
  type ReportSessionEvent,
  type ReportSummary,
} from './types.ts';

export interface ReportOptions {
  /** Show cookie and token values as they are; otherwise every value, and every secret inside a URL or message, is masked. */
  readonly reveal: boolean;
  readonly source: 'har' | 'browser';
  readonly page: string;
}

/** The latest time a Date can hold; an absurd expiry is shown as that rather than failing. */
const LATEST_DATE = 8.64e15;

const isoTime = (epochMs: number): string => new Date(Math.max(-LATEST_DATE, Math.min(LATEST_DATE, epochMs))).toISOString();

const reportCookie = ({ cookie, lifetime, party, role }: ClassifiedCookie, reveal: boolean): ReportCookie => ({
  name: cookie.name,
  domain: cookie.domain,
  path: cookie.path,
  hostOnly: cookie.hostOnly,
  secure: cookie.secure,
  httpOnly: cookie.httpOnly,
  sameSite: cookie.sameSite,
  partitioned: cookie.partitioned,
  session: cookie.expiry.kind === 'session',
  expires: cookie.expiry.kind === 'persistent' ? isoTime(cookie.expiry.expiresAt) : null,
  lifetimeSeconds: lifetime.kind === 'persistent' ? Math.max(0, Math.floor(lifetime.remainingSeconds)) : lifetime.kind === 'expired' ? 0 : null,
  size: utf8ByteLength(cookie.name) + utf8ByteLength(cookie.value),
  thirdParty: party === 'third',
  role: role.role,
  value: reveal ? cookie.value : maskValue(cookie.value),
});

const reportFinding = (finding: Finding, t: Translate): ReportFinding => ({
  rule: finding.rule,
  severity: finding.severity,
  cookie: { name: finding.cookie.name, domain: finding.cookie.domain, path: finding.cookie.path },
  message: t(ruleTextKey(finding.rule, 'message'), finding.args),
  fix: t(ruleTextKey(finding.rule, 'fix'), finding.args),
});

interface EventContext {
  readonly exchanges: readonly Exchange[];
  readonly source: ReportOptions['source'];
}

/** A HAR exchange's id is its entry index in the file (entries may have been skipped); a live one's is the browser's. */
const entryOf = (exchange: Exchange, index: number, source: ReportOptions['source']): number => {
  const entry = Number(exchange.id);
  return source === 'har' && Number.isInteger(entry) && entry >= 0 ? entry : index;
};

interface PlacedEvent {
  readonly type: SessionEvent['type'];
  readonly index: number;
}

/**
 * A run of requests carrying one value shows as its first and its last request, which can come after other
 * events of the run's span: events are put back in exchange order (stably, so a request's side stays before
 * its response's), and the same type on the same exchange (a leak over two channels) shows once.
 */
const placedEvents = (events: readonly SessionEvent[]): PlacedEvent[] => {
  const placed = events.flatMap((event): PlacedEvent[] =>
    event.type === 'sent' && event.lastExchange !== event.exchange
      ? [{ type: 'sent', index: event.exchange }, { type: 'sent', index: event.lastExchange }]
      : [{ type: event.type, index: event.exchange }],
  );
  const seen = new Set<string>();
  return placed
    .sort((a, b) => a.index - b.index)
    .filter(({ type, index }) => {
      const key = `${type}@${index}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
};

const reportEvent = ({ type, index }: PlacedEvent, context: EventContext): ReportSessionEvent[] => {
  const exchange = context.exchanges[index];
  if (exchange === undefined) return [];
  const { response } = exchange;
  return [
    {
      type,
      entry: entryOf(exchange, index, context.source),
      url: exchange.url,
      method: exchange.method,
      status: response.kind === 'received' ? response.status : null,
    },
  ];
};

const reportSession = (session: TracedSession, context: EventContext): ReportSession => ({
  cookie: { name: session.cookie.name, domain: session.cookie.domain, path: session.cookie.path },
  architecture: session.architecture,
  events: placedEvents(session.events).flatMap((event) => reportEvent(event, context)),
});

const warningText = (warning: AnalysisWarning, t: Translate): string => {
  if (warning.kind === 'exchanges-dropped') return t('report_warning_exchanges_dropped', [String(warning.count)]);
  const message = harWarningMessage(warning.warning);
  return t(message.key, message.args);
};

const summaryOf = (analysis: Analysis, cookies: readonly ReportCookie[]): ReportSummary => {
  const findings: Record<Severity, number> = { high: 0, medium: 0, low: 0, info: 0 };
  for (const finding of analysis.findings) findings[finding.severity] += 1;
  const sessionCookies = cookies.filter((cookie) => cookie.session).length;
  return {
    grade: analysis.grade,
    score: analysis.score,
    cookies: cookies.length,
    sessionCookies,
    persistentCookies: cookies.length - sessionCookies,
    findings,
  };
};

/** The `crumbtrail.report/v1` document (docs/report.md), in the language of `t`. */
export const buildReport = (analysis: Analysis, t: Translate, options: ReportOptions): Report => {
  const cookies = analysis.classified.map((classified) => reportCookie(classified, options.reveal));
  const context: EventContext = { exchanges: analysis.exchanges, source: options.source };
  const report: Report = {
    schema: REPORT_SCHEMA,
    source: { kind: options.source, page: options.page },
    summary: summaryOf(analysis, cookies),
    cookies,
    findings: analysis.findings.map((finding) => reportFinding(finding, t)),
    sessions: analysis.trace.sessions.map((session) => reportSession(session, context)),
    warnings: analysis.warnings.map((warning) => warningText(warning, t)),
  };
  // One pass over every string of the finished report, so a field added later is masked too.
  return options.reveal ? report : redactReport(report, analysisMasker(analysis));
};
