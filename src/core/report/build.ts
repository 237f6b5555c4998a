import type { ClassifiedCookie } from '../classify/types.ts';
import { harWarningMessage } from '../har/har-issues.ts';
import type { Translate } from '../i18n/translate.ts';
import { cookieSize } from '../cookie-size.ts';
import { ruleTextKey, type Finding } from '../rules/finding.ts';
import type { SessionEvent } from '../trace/events.ts';
import type { Exchange } from '../exchange.ts';
import { notHeldKey, rejectionKey } from '../trace/messages.ts';
import type { CookieState } from '../cookie-state.ts';
import type { TracedSession } from '../trace/trace.ts';
import type { Analysis, AnalysisWarning, AuditedCookie } from './analyze.ts';
import { maskValue } from './mask.ts';
import { redactReport } from './redact.ts';
import { analysisMasker } from './secrets.ts';
import {
  REPORT_SCHEMA,
  type KnownAttributes,
  type Report,
  type ReportCookie,
  type ReportCookieState,
  type ReportFinding,
  type ReportSession,
  type ReportSessionEvent,
  type ReportSummary,
  type RuleId,
  type UnknownAttributes,
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

const UNKNOWN_ATTRIBUTES: UnknownAttributes = {
  attributes: 'unknown',
  hostOnly: null,
  secure: null,
  httpOnly: null,
  sameSite: null,
  partitioned: null,
  session: null,
  expires: null,
  lifetimeSeconds: null,
};

const attributesOf = ({ cookie, lifetime }: ClassifiedCookie): KnownAttributes | UnknownAttributes =>
  lifetime.kind === 'unknown'
    ? UNKNOWN_ATTRIBUTES
    : {
        attributes: 'known',
        hostOnly: cookie.hostOnly,
        secure: cookie.secure,
        httpOnly: cookie.httpOnly,
        sameSite: cookie.sameSite,
        partitioned: cookie.partitioned,
        session: cookie.expiry.kind === 'session',
        expires: cookie.expiry.kind === 'persistent' ? isoTime(cookie.expiry.expiresAt) : null,
        lifetimeSeconds: lifetime.kind === 'persistent' ? Math.max(0, Math.floor(lifetime.remainingSeconds)) : lifetime.kind === 'expired' ? 0 : null,
      };

const reportState = (state: CookieState, context: EventContext, t: Translate): ReportCookieState => {
  switch (state.kind) {
    case 'held':
      return state;
    case 'cleared':
      return { kind: 'cleared', entry: context.entry(state.exchange), cause: state.cause };
    case 'refused':
      return { kind: 'refused', entry: context.entry(state.exchange), reason: state.reason, times: state.times, message: t(rejectionKey(state.reason)) };
    case 'not-held':
      return { kind: 'not-held', entry: context.entry(state.exchange), reason: state.reason, message: t(notHeldKey(state.reason)) };
  }
};

/** Field names only: their values are the session's data, and a report is pasted where anyone reads it. */
const clientSessionOf = ({ jwt, clientSession }: ClassifiedCookie): ReportCookie['clientSession'] => {
  if (clientSession !== null) return { format: clientSession.format, fields: Object.keys(clientSession.data ?? {}) };
  return jwt === null ? null : { format: 'jwt', fields: Object.keys(jwt.claims) };
};

const reportCookie = ({ classified, withheld }: AuditedCookie, reveal: boolean, context: EventContext, t: Translate): ReportCookie => {
  const { cookie, party, role } = classified;
  return {
    name: cookie.name,
    domain: cookie.domain,
    path: cookie.path,
    ...attributesOf(classified),
    size: cookieSize(cookie),
    thirdParty: party === 'third',
    role: role.role,
    value: reveal ? cookie.value : maskValue(cookie.value),
    state: reportState(classified.state, context, t),
    withheld: withheld.map(({ reason, requests, firstExchange }) => ({ reason, requests, firstEntry: context.entry(firstExchange) })),
    clientSession: clientSessionOf(classified),
  };
};

const reportFinding = (finding: Finding<RuleId>, t: Translate): ReportFinding => ({
  rule: finding.rule,
  severity: finding.severity,
  cookie: { name: finding.cookie.name, domain: finding.cookie.domain, path: finding.cookie.path },
  message: t(ruleTextKey(finding.rule, 'message'), finding.args),
  fix: t(ruleTextKey(finding.rule, 'fix'), finding.args),
});

interface EventContext {
  readonly exchanges: readonly Exchange[];
  readonly source: ReportOptions['source'];
  /** The report's `entry` for an exchange index. */
  readonly entry: (index: number) => number;
}

/** A HAR exchange's id is its entry index in the file (entries may have been skipped); a live one's is the browser's. */
const entryOf = (exchange: Exchange, index: number, source: ReportOptions['source']): number => {
  const entry = Number(exchange.id);
  return source === 'har' && Number.isInteger(entry) && entry >= 0 ? entry : index;
};

/** The same type on the same exchange (a leak over two channels) shows once. */
const onceEach = (events: readonly SessionEvent[]): SessionEvent[] => {
  const seen = new Set<string>();
  return events.filter(({ type, exchange }) => {
    const key = `${type}@${exchange}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const reportEvent = (event: SessionEvent, context: EventContext): ReportSessionEvent[] => {
  const exchange = context.exchanges[event.exchange];
  if (exchange === undefined) return [];
  const { response } = exchange;
  const base = {
    entry: context.entry(event.exchange),
    url: exchange.url,
    method: exchange.method,
    status: response.kind === 'received' ? response.status : null,
  };
  return [event.type === 'sent' ? { type: 'sent', ...base, count: event.count, lastEntry: context.entry(event.lastExchange) } : { type: event.type, ...base }];
};

const reportSession = (session: TracedSession, context: EventContext): ReportSession => ({
  cookie: { name: session.cookie.name, domain: session.cookie.domain, path: session.cookie.path },
  architecture: session.architecture,
  events: onceEach(session.events).flatMap((event) => reportEvent(event, context)),
});

const warningText = (warning: AnalysisWarning, t: Translate): string => {
  if (warning.kind === 'exchanges-dropped') return t('report_warning_exchanges_dropped', [String(warning.count)]);
  if (warning.kind === 'attributes-unknown') return t('report_warning_attributes_unknown', [String(warning.count)]);
  const message = harWarningMessage(warning.warning);
  return t(message.key, message.args);
};

const summaryOf = (analysis: Analysis, cookies: readonly ReportCookie[]): ReportSummary => {
  const states = { held: 0, cleared: 0, refused: 0, notHeld: 0 };
  for (const { state } of cookies) states[state.kind === 'not-held' ? 'notHeld' : state.kind] += 1;
  return {
    grade: analysis.grade,
    score: analysis.score,
    cookies: cookies.length,
    sessionCookies: cookies.filter((cookie) => cookie.session === true).length,
    persistentCookies: cookies.filter((cookie) => cookie.session === false).length,
    unknownLifetimeCookies: cookies.filter((cookie) => cookie.attributes === 'unknown').length,
    states,
    withheldRequests: cookies.reduce((sum, cookie) => sum + cookie.withheld.reduce((n, withheld) => n + withheld.requests, 0), 0),
    findings: analysis.counts,
  };
};

/** The `crumbtrail.report/v1` document (docs/report.md), in the language of `t`. */
export const buildReport = (analysis: Analysis, t: Translate, options: ReportOptions): Report => {
  const context: EventContext = {
    exchanges: analysis.exchanges,
    source: options.source,
    entry: (index) => {
      const exchange = analysis.exchanges[index];
      return exchange === undefined ? index : entryOf(exchange, index, options.source);
    },
  };
  const cookies = analysis.cookies.map((cookie) => reportCookie(cookie, options.reveal, context, t));
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
