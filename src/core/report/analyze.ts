import { classifyCookie } from '../classify/classify.ts';
import type { ClassifiedCookie } from '../classify/types.ts';
import type { Exchange } from '../exchange.ts';
import type { HarWarning } from '../har/har-issues.ts';
import { SEVERITIES, type Cookie, type Grade, type Severity } from '../model.ts';
import { auditCookie, worstFirst } from '../rules/audit.ts';
import type { Finding } from '../rules/finding.ts';
import type { CookieRuleId } from '../rules/index.ts';
import type { RuleId } from './types.ts';
import { countBySeverity, scoreFindings } from '../rules/score.ts';
import type { WithheldCount } from '../cookie-state.ts';
import type { ObservedCookie } from '../trace/observed-cookies.ts';
import { traceSessions, type SessionTrace } from '../trace/trace.ts';
import { liveCookies } from './live-cookies.ts';

/** What the extension holds for a tab: its recording and the cookies the browser holds for it. */
export interface LiveRecording {
  readonly pageUrl: string;
  /** From the cookies API, already normalised: the jar as the browser holds it. */
  readonly cookies: readonly Cookie[];
  readonly exchanges: readonly Exchange[];
  /** Older exchanges the recorder dropped to stay bounded. */
  readonly dropped: number;
}

/** What a surface hands the pipeline: the extension's live recording, or an imported HAR file. */
export type AnalysisInput =
  | ({ readonly kind: 'browser' } & LiveRecording)
  | { readonly kind: 'har'; readonly pageUrl: string; readonly exchanges: readonly Exchange[]; readonly warnings: readonly HarWarning[] };

/** The one way a live recording enters the analysis, for the background and the panel alike. */
export const liveInput = ({ pageUrl, cookies, exchanges, dropped }: LiveRecording): AnalysisInput => ({ kind: 'browser', pageUrl, cookies, exchanges, dropped });

export type AnalysisWarning =
  | { readonly kind: 'har'; readonly warning: HarWarning }
  | { readonly kind: 'exchanges-dropped'; readonly count: number }
  /** Cookies seen only in requests: nothing says how they were set, so the grade cannot cover them. */
  | { readonly kind: 'attributes-unknown'; readonly count: number };

/** One cookie of the analysis: what it is, where it stands, and what the cookie rules found on it. */
export interface AuditedCookie {
  readonly id: string;
  readonly classified: ClassifiedCookie;
  readonly withheld: readonly WithheldCount[];
  /** The cookie rules' findings on this cookie (trace findings name cookies by name, domain and path). */
  readonly findings: readonly Finding<CookieRuleId>[];
}

export interface Analysis {
  readonly source: AnalysisInput['kind'];
  /** The exchanges the trace events point into (by index). */
  readonly exchanges: readonly Exchange[];
  /** Every cookie of the recording and the browser, held, cleared, refused or not held: all are judged. */
  readonly cookies: readonly AuditedCookie[];
  /** Cookie-rule and trace-rule findings, worst first. */
  readonly findings: readonly Finding<RuleId>[];
  readonly trace: SessionTrace;
  readonly score: number;
  readonly grade: Grade;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly warnings: readonly AnalysisWarning[];
}

/**
 * A HAR is judged as of its last exchange: a file recorded last year shows cookies that were alive then,
 * and judging them by today's clock would call every one expired.
 */
const judgedAt = (input: AnalysisInput, now: number): number => {
  if (input.kind === 'browser' || input.exchanges.length === 0) return now;
  return input.exchanges.reduce((latest, exchange) => Math.max(latest, exchange.startedAt), Number.NEGATIVE_INFINITY);
};

const warningsOf = (input: AnalysisInput, cookies: readonly AuditedCookie[]): AnalysisWarning[] => {
  const unknown = cookies.filter(({ classified }) => classified.lifetime.kind === 'unknown').length;
  const attributes: AnalysisWarning[] = unknown > 0 ? [{ kind: 'attributes-unknown', count: unknown }] : [];
  if (input.kind === 'har') return [...input.warnings.map((warning): AnalysisWarning => ({ kind: 'har', warning })), ...attributes];
  return [...(input.dropped > 0 ? [{ kind: 'exchanges-dropped', count: input.dropped } as const] : []), ...attributes];
};

const bySeverity = (a: Finding, b: Finding): number => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);

const audited = (observed: ObservedCookie, pageUrl: string, at: number): AuditedCookie => {
  const classified = classifyCookie(observed.cookie, { pageUrl, now: at }, observed.anomalies, observed.state);
  return { id: observed.id, classified, withheld: observed.withheld, findings: auditCookie(classified) };
};

/** The one pipeline every surface runs: trace the sessions, classify and audit the cookies, score the lot. */
export const analyze = (input: AnalysisInput, now: number): Analysis => {
  const at = judgedAt(input, now);
  const trace = traceSessions(input.exchanges, { now: at });
  const observed = input.kind === 'browser' ? liveCookies(input.cookies, trace.cookiesSeen) : trace.cookiesSeen;
  const cookies = observed.map((cookie) => audited(cookie, input.pageUrl, at));
  // Stable: within a severity, cookie findings keep the audit's order and trace findings follow them.
  const findings = [...cookies.flatMap((cookie) => cookie.findings).sort(worstFirst), ...trace.findings].sort(bySeverity);
  return { source: input.kind, exchanges: input.exchanges, cookies, findings, trace, ...scoreFindings(findings), counts: countBySeverity(findings), warnings: warningsOf(input, cookies) };
};
