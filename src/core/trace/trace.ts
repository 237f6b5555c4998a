import type { CookieRef, Role, SessionArchitecture } from '../model.ts';
import type { Finding } from '../rules/finding.ts';
import { siteArchitectures, type SiteArchitecture } from './architecture.ts';
import { byExchange, type SessionEvent } from './events.ts';
import type { Exchange } from '../exchange.ts';
import { exchangeFacts, siteCache } from './facts.ts';
import { followKeys, type AuthMarkAt, type FollowResult } from './follow.ts';
import { KeyIndex } from './key-index.ts';
import { findLeaks } from './leaks.ts';
import type { ObservedCookie } from './observed-cookies.ts';
import { CookieReplay, type ExchangeCookies } from './replay.ts';
import { TRACE_RULES, type TraceRuleId } from './rules/index.ts';
import { refOf, type TraceObservations } from './rules/trace-rule.ts';
import { isSessionBearing, type Carrier, type TrackedKey } from './tracked-key.ts';

export interface TraceContext {
  /** Stands in for the time of exchanges that have none. */
  readonly now: number;
}

/** One session-bearing cookie (per name and site), or the bearer token sent to one site, through the recording. */
export interface TracedSession {
  /** For a bearer token: name `Authorization`, the host it was first sent to, path `/`. */
  readonly cookie: CookieRef;
  readonly carrier: Carrier;
  readonly site: string;
  readonly role: Extract<Role, 'session-id' | 'auth-token'>;
  /** Whether its values are JWTs. */
  readonly jwt: boolean;
  /** How many distinct values it took. */
  readonly values: number;
  readonly architecture: SessionArchitecture;
  /** In exchange order, request side before response side; login and logout marks of its site included. */
  readonly events: readonly SessionEvent[];
}

export interface SessionTrace {
  readonly sessions: TracedSession[];
  readonly findings: Finding<TraceRuleId>[];
  readonly architecture: SiteArchitecture[];
  /** Every cookie the recording shows, with its final attributes and state: what the attribute audit judges. */
  readonly cookiesSeen: ObservedCookie[];
  /** Per exchange (by index): what the jar did with each Set-Cookie, and the cookies the request withheld. */
  readonly exchangeCookies: readonly ExchangeCookies[];
  /** Every session and bearer value seen, only to mask them out of URLs and messages; never to be shown. */
  readonly secretValues: ReadonlySet<string>;
}

const marksBySite = (marks: readonly AuthMarkAt[]): Map<string, SessionEvent[]> => {
  const bySite = new Map<string, SessionEvent[]>();
  for (const { exchange, site, mark } of marks)
    bySite.set(site, [...(bySite.get(site) ?? []), { type: mark.kind, exchange, evidence: mark.evidence }]);
  return bySite;
};

const tracedSession = (key: TrackedKey, marks: readonly SessionEvent[], architecture: SessionArchitecture): TracedSession => ({
  cookie: refOf(key),
  carrier: key.carrier,
  site: key.site,
  role: key.role === 'auth-token' ? 'auth-token' : 'session-id',
  jwt: key.jwt,
  values: key.ordinals.size,
  architecture,
  events: [...key.events, ...marks].sort(byExchange),
});

const observations = (sessions: readonly TrackedKey[], followed: FollowResult): TraceObservations => ({
  sessions,
  outcomes: followed.outcomes.filter((outcome) => isSessionBearing(outcome.key.role)),
  shadowing: followed.shadowing.map((shadow) => ({ ...shadow, sessionBearing: isSessionBearing(shadow.key.role), cookie: refOf(shadow.key) })),
});

/**
 * Follows every session-bearing cookie and bearer token through a recording: when it was issued, sent,
 * rotated, cleared and leaked, the logins and logouts around it, what the trace rules find, and the session
 * architecture of each site. Linear in the size of the recording; never throws on odd exchanges.
 */
export const traceSessions = (exchanges: readonly Exchange[], ctx: TraceContext): SessionTrace => {
  const site = siteCache();
  const replay = new CookieReplay();
  const facts = exchangeFacts(exchanges, ctx.now, replay, site);
  const keys = new KeyIndex();
  const followed = followKeys(facts, keys, site);
  findLeaks(facts, keys);
  const architecture = siteArchitectures(keys);
  const kindBySite = new Map(architecture.map((site) => [site.site, site.kind]));
  const marks = marksBySite(followed.marks);
  const sessionKeys = [...keys.all()].filter((key) => isSessionBearing(key.role));
  const secretValues = new Set(sessionKeys.flatMap((key) => [...key.ordinals.keys()]));
  const observed = observations(sessionKeys, followed);
  return {
    sessions: sessionKeys.map((key) => tracedSession(key, marks.get(key.site) ?? [], kindBySite.get(key.site) ?? 'unknown')),
    findings: TRACE_RULES.flatMap((rule) => rule.findings(observed)),
    architecture,
    cookiesSeen: replay.observed(),
    exchangeCookies: facts.map(({ setCookies, withheld }) => ({ setCookies, withheld })),
    secretValues,
  };
};
