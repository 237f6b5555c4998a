import type { Role, SameSite, Severity } from '../model.ts';
import type { RuleId } from '../rules/finding.ts';

/** The `crumbtrail.report/v1` shape every surface produces and exports (documented in docs/report.md). */
export const REPORT_SCHEMA = 'crumbtrail.report/v1';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

export interface ReportCookieRef {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
}

export interface ReportCookie extends ReportCookieRef {
  readonly hostOnly: boolean;
  readonly secure: boolean;
  readonly httpOnly: boolean;
  readonly sameSite: SameSite;
  readonly partitioned: boolean;
  readonly session: boolean;
  readonly expires: string | null;
  readonly lifetimeSeconds: number | null;
  readonly size: number;
  readonly thirdParty: boolean;
  readonly role: Role;
  /** Masked (`A7F3…0718`) unless the user asked to reveal values. */
  readonly value: string;
}

export interface ReportFinding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly cookie: ReportCookieRef;
  readonly message: string;
  readonly fix: string;
}

export type SessionEventType = 'issued' | 'sent' | 'rotated' | 'cleared' | 'leaked' | 'login' | 'logout';

export type SessionArchitecture = 'server-session' | 'stateless-token' | 'load-balancer-sticky' | 'mixed' | 'unknown';

export interface ReportSessionEvent {
  readonly type: SessionEventType;
  /** Index of the exchange in the recording (HAR entry index for HAR input). */
  readonly entry: number;
  readonly url: string;
  readonly method: string;
  readonly status: number | null;
}

export interface ReportSession {
  readonly cookie: ReportCookieRef;
  readonly architecture: SessionArchitecture;
  readonly events: readonly ReportSessionEvent[];
}

export interface ReportSummary {
  readonly grade: Grade;
  readonly score: number;
  readonly cookies: number;
  readonly sessionCookies: number;
  readonly persistentCookies: number;
  readonly findings: Readonly<Record<Severity, number>>;
}

export interface Report {
  readonly schema: typeof REPORT_SCHEMA;
  readonly source: { readonly kind: 'har' | 'browser'; readonly page: string };
  readonly summary: ReportSummary;
  readonly cookies: readonly ReportCookie[];
  readonly findings: readonly ReportFinding[];
  readonly sessions: readonly ReportSession[];
  readonly warnings: readonly string[];
}
