import { classifyCookie } from '../classify/classify.ts';
import type { ClassifiedCookie } from '../classify/types.ts';
import type { HarWarning } from '../har/har-issues.ts';
import { SEVERITIES, type Cookie } from '../model.ts';
import type { Anomaly } from '../parse/anomaly.ts';
import { auditCookies } from '../rules/audit.ts';
import type { Finding } from '../rules/finding.ts';
import { scoreFindings } from '../rules/score.ts';
import type { Exchange } from '../trace/exchange.ts';
import type { ObservedCookie } from '../trace/observed-cookies.ts';
import { traceSessions, type SessionTrace } from '../trace/trace.ts';
import type { Grade } from './types.ts';

/** What a surface hands the pipeline: the extension's live recording, or an imported HAR file. */
export type AnalysisInput =
  | {
      readonly kind: 'browser';
      readonly pageUrl: string;
      /** From the cookies API, already normalised: the jar as the browser holds it. */
      readonly cookies: readonly Cookie[];
      readonly exchanges: readonly Exchange[];
      /** Older exchanges the recorder dropped to stay bounded. */
      readonly dropped: number;
    }
  | { readonly kind: 'har'; readonly pageUrl: string; readonly exchanges: readonly Exchange[]; readonly warnings: readonly HarWarning[] };

export type AnalysisWarning =
  | { readonly kind: 'har'; readonly warning: HarWarning }
  | { readonly kind: 'exchanges-dropped'; readonly count: number };

export interface Analysis {
  readonly source: AnalysisInput['kind'];
  /** The exchanges the trace events point into (by index). */
  readonly exchanges: readonly Exchange[];
  readonly classified: readonly ClassifiedCookie[];
  /** Cookie-rule and trace-rule findings, worst first. */
  readonly findings: readonly Finding[];
  readonly trace: SessionTrace;
  readonly score: number;
  readonly grade: Grade;
  readonly warnings: readonly AnalysisWarning[];
}

const jarKey = (cookie: Cookie): string => `${cookie.name}\u0000${cookie.domain}\u0000${cookie.path}`;

/** A browser cookie has no header of its own: its anomalies are those of the recorded line that set it, if any. */
const withRecordedAnomalies = (cookies: readonly Cookie[], seen: readonly ObservedCookie[]): ObservedCookie[] => {
  const anomalies = new Map<string, readonly Anomaly[]>(seen.map((observed) => [jarKey(observed.cookie), observed.anomalies]));
  return cookies.map((cookie) => ({ cookie, anomalies: anomalies.get(jarKey(cookie)) ?? [] }));
};

/**
 * A HAR is judged as of its last exchange: a file recorded last year shows cookies that were alive then,
 * and judging them by today's clock would call every one expired and audit none.
 */
const judgedAt = (input: AnalysisInput, now: number): number => {
  if (input.kind === 'browser' || input.exchanges.length === 0) return now;
  return input.exchanges.reduce((latest, exchange) => Math.max(latest, exchange.startedAt), Number.NEGATIVE_INFINITY);
};

const warningsOf = (input: AnalysisInput): AnalysisWarning[] => {
  if (input.kind === 'har') return input.warnings.map((warning) => ({ kind: 'har', warning }));
  return input.dropped > 0 ? [{ kind: 'exchanges-dropped', count: input.dropped }] : [];
};

const worstFirst = (a: Finding, b: Finding): number => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);

/** The one pipeline every surface runs: trace the sessions, classify and audit the cookies, score the lot. */
export const analyze = (input: AnalysisInput, now: number): Analysis => {
  const at = judgedAt(input, now);
  const trace = traceSessions(input.exchanges, { now: at });
  const cookies = input.kind === 'browser' ? withRecordedAnomalies(input.cookies, trace.cookiesSeen) : trace.cookiesSeen;
  const classified = cookies.map(({ cookie, anomalies }) => classifyCookie(cookie, { pageUrl: input.pageUrl, now: at }, anomalies));
  // Stable: within a severity, cookie findings keep the audit's order and trace findings follow them.
  const findings = [...auditCookies(classified), ...trace.findings].sort(worstFirst);
  return { source: input.kind, exchanges: input.exchanges, classified, findings, trace, ...scoreFindings(findings), warnings: warningsOf(input) };
};
