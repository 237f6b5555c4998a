import type { ClientSessionFormat } from '../classify/client-session.ts';
import type { Grade, Role, SameSite, SessionArchitecture, Severity } from '../model.ts';

export type { Grade, SessionArchitecture } from '../model.ts';
import type { CookieRuleId } from '../rules/index.ts';
import type { TraceRuleId } from '../trace/rules/index.ts';
import type { RejectReason } from '../store/storage-decision.ts';
import type { NotHeldReason, WithholdReason } from '../cookie-state.ts';

/** The `crumbtrail.report/v1` shape every surface produces and exports (documented in docs/report.md). */
export const REPORT_SCHEMA = 'crumbtrail.report/v1';

export interface ReportCookieRef {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
}

/** Where a cookie stands; `entry` is the exchange that put it there (as `sessions[].events[].entry`). */
export type ReportCookieState =
  | { readonly kind: 'held' }
  | { readonly kind: 'cleared'; readonly entry: number; readonly cause: 'deleted' | 'expired' }
  | { readonly kind: 'refused'; readonly entry: number; readonly reason: RejectReason; readonly times: number; readonly message: string }
  | { readonly kind: 'not-held'; readonly entry: number; readonly reason: NotHeldReason; readonly message: string };

export interface ReportWithheld {
  readonly reason: WithholdReason;
  readonly requests: number;
  readonly firstEntry: number;
}

interface ReportCookieBase extends ReportCookieRef {
  readonly size: number;
  readonly thirdParty: boolean;
  readonly role: Role;
  /** Masked (`A7F3…0718`) unless the user asked to reveal values. */
  readonly value: string;
  readonly state: ReportCookieState;
  /** Requests to its host that did not carry it, by reason. */
  readonly withheld: readonly ReportWithheld[];
  /** A session kept in the cookie itself, and the names of the fields anyone can read in it (none if encrypted). */
  readonly clientSession: { readonly format: 'jwt' | ClientSessionFormat; readonly fields: readonly string[] } | null;
}

/** The attributes a Set-Cookie or the browser gave it. */
export interface KnownAttributes {
  readonly attributes: 'known';
  readonly hostOnly: boolean;
  readonly secure: boolean;
  readonly httpOnly: boolean;
  readonly sameSite: SameSite;
  readonly partitioned: boolean;
  readonly session: boolean;
  readonly expires: string | null;
  readonly lifetimeSeconds: number | null;
}

/** Seen only in requests' `Cookie` headers: no attribute and no lifetime is known, none is claimed. */
export interface UnknownAttributes {
  readonly attributes: 'unknown';
  readonly hostOnly: null;
  readonly secure: null;
  readonly httpOnly: null;
  readonly sameSite: null;
  readonly partitioned: null;
  readonly session: null;
  readonly expires: null;
  readonly lifetimeSeconds: null;
}

export type ReportCookie = ReportCookieBase & (KnownAttributes | UnknownAttributes);

export interface ReportFinding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly cookie: ReportCookieRef;
  readonly message: string;
  readonly fix: string;
}

/** Every rule id: the cookie rules' and the session tracer's. */
export type RuleId = CookieRuleId | TraceRuleId;

export type SessionEventType = 'issued' | 'sent' | 'rotated' | 'cleared' | 'leaked' | 'login' | 'logout';

interface ReportEventBase {
  /** Index of the exchange in the recording (HAR entry index for HAR input). */
  readonly entry: number;
  readonly url: string;
  readonly method: string;
  readonly status: number | null;
}

export type ReportSessionEvent =
  | (ReportEventBase & { readonly type: Exclude<SessionEventType, 'sent'> })
  /** A run of requests carrying one value: the first of them, how many, and the last. */
  | (ReportEventBase & { readonly type: 'sent'; readonly count: number; readonly lastEntry: number });

export interface ReportSession {
  readonly cookie: ReportCookieRef;
  readonly architecture: SessionArchitecture;
  readonly events: readonly ReportSessionEvent[];
}

export interface ReportSummary {
  readonly grade: Grade;
  readonly score: number;
  readonly cookies: number;
  /** Cookies with known attributes and no expiry. */
  readonly sessionCookies: number;
  readonly persistentCookies: number;
  /** Cookies seen only in requests: lifetime unknown. */
  readonly unknownLifetimeCookies: number;
  readonly states: { readonly held: number; readonly cleared: number; readonly refused: number; readonly notHeld: number };
  /** Requests that did not carry a cookie the jar held for their host, summed over cookies. */
  readonly withheldRequests: number;
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
