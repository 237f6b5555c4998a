import { authMarkOf, hasPasswordField, type AuthMark } from './auth-marks.ts';
import type { ExchangeFacts } from './facts.ts';
import type { KeyIndex } from './key-index.ts';
import { isSessionBearing, recordLeak, recordSent, recordSet, type TrackedKey } from './tracked-key.ts';

export const BEARER_NAME = 'Authorization';

/** A login or logout mark, tied to the site it happened on. */
export interface AuthMarkAt {
  readonly exchange: number;
  readonly site: string;
  readonly mark: AuthMark;
}

/** A session value still in use after a login (not rotated) or a logout (not cleared). */
export interface AuthOutcome {
  readonly kind: 'login' | 'logout';
  readonly key: TrackedKey;
  readonly host: string;
  readonly exchanges: readonly number[];
}

/** One name sent twice in one `Cookie` header. */
export interface Shadowing {
  readonly key: TrackedKey;
  readonly host: string;
  readonly exchanges: number[];
}

export interface FollowResult {
  readonly marks: readonly AuthMarkAt[];
  readonly outcomes: readonly AuthOutcome[];
  readonly shadowing: readonly Shadowing[];
}

/** What one exchange did to the keys, kept only when a login, logout or credentials make it matter. */
interface AuthContext {
  /** Keys whose value the request carried, with that value: the login/logout checks start from them. */
  readonly sent: [TrackedKey, string][];
  /** Session keys the response gave a new value. */
  readonly renewed: Set<TrackedKey>;
}

class Follower {
  readonly marks: AuthMarkAt[] = [];
  readonly outcomes: AuthOutcome[] = [];
  readonly shadows = new Map<TrackedKey, Shadowing>();

  constructor(
    private readonly keys: KeyIndex,
    private readonly siteOf: (host: string) => string,
  ) {}

  /** Resolves a key's waiting checks against its value now: the same value still in use is an outcome. */
  resolvePending(key: TrackedKey, exchange: number): void {
    if (key.pending.length === 0) return;
    for (const check of key.pending.splice(0))
      if (key.current === check.value) this.outcomes.push({ kind: check.kind, key, host: check.host, exchanges: [check.exchange, exchange] });
  }

  shadowed(key: TrackedKey, facts: ExchangeFacts): void {
    const shadow = this.shadows.get(key);
    if (shadow === undefined) this.shadows.set(key, { key, host: facts.host, exchanges: [facts.index] });
    else if (shadow.exchanges[shadow.exchanges.length - 1] !== facts.index) shadow.exchanges.push(facts.index);
  }

  request(facts: ExchangeFacts, auth: AuthContext | null): void {
    const siteKeys = facts.sentCookies.length === 0 ? null : this.keys.site(facts.site);
    for (const { name, value } of facts.sentCookies) {
      const key = siteKeys?.get(name) ?? this.keys.getOrCreate(name, facts.site, 'cookie', facts.host, '/');
      // A server reads the first of two same-named cookies, and browsers put the more specific one first.
      if (key.lastSentExchange === facts.index) {
        this.shadowed(key, facts);
        continue;
      }
      key.lastSentExchange = facts.index;
      recordSent(key, value, facts.index);
      this.resolvePending(key, facts.index);
      auth?.sent.push([key, value]);
      if (facts.plainHttp) recordLeak(key, 'http', value, facts.index, facts.host);
    }
    if (facts.bearer === null) return;
    const key = this.keys.getOrCreate(BEARER_NAME, facts.site, 'authorization-header', facts.host, '/');
    recordSent(key, facts.bearer, facts.index);
    if (facts.plainHttp) recordLeak(key, 'http', facts.bearer, facts.index, facts.host);
  }

  response(facts: ExchangeFacts, auth: AuthContext | null): void {
    for (const { outcome } of facts.setCookies) {
      if (outcome.kind === 'refused') continue;
      const { cookie } = outcome;
      const key = this.keys.getOrCreate(cookie.name, this.siteOf(cookie.domain), 'cookie', cookie.domain, cookie.path);
      key.domain = cookie.domain;
      key.path = cookie.path;
      const before = key.current;
      if (outcome.kind === 'deleted') recordSet(key, null, facts.index, 'expired');
      else if (cookie.value === '') recordSet(key, null, facts.index, 'empty-value');
      else recordSet(key, cookie.value, facts.index, 'expired');
      if (key.current !== null && key.current !== before && isSessionBearing(key.role)) auth?.renewed.add(key);
      this.resolvePending(key, facts.index);
      if (facts.plainHttp && key.current !== null) recordLeak(key, 'http', key.current, facts.index, facts.host, 'response');
    }
  }

  /**
   * Checks, for every key the login or logout request carried, that the response replaced or cleared its
   * value. Without a response the check waits for the key's next appearance; a failed login (4xx, 5xx)
   * proves nothing.
   */
  check(facts: ExchangeFacts, kind: AuthMark['kind'], auth: AuthContext): void {
    const { response } = facts.exchange;
    if (response.kind === 'received' && response.status >= 400) return;
    for (const [key, value] of auth.sent) {
      if (response.kind === 'none') key.pending.push({ kind, exchange: facts.index, value, host: facts.host });
      else if (key.current === value) this.outcomes.push({ kind, key, host: facts.host, exchanges: [facts.index] });
    }
  }

  exchange(facts: ExchangeFacts): void {
    const named = authMarkOf(facts.exchange, facts.url);
    const credentials = facts.headerCredentials || hasPasswordField(facts.exchange);
    const auth: AuthContext | null = named === null && !credentials ? null : { sent: [], renewed: new Set() };
    this.request(facts, auth);
    this.response(facts, auth);
    if (auth === null) return;
    const mark = withCredentialEvidence(named, credentials, auth);
    if (mark === null) return;
    this.marks.push({ exchange: facts.index, site: facts.site, mark });
    this.check(facts, mark.kind, auth);
  }
}

/** Credentials went out and a new session value came back: a login even when the path and fields did not say so. */
const withCredentialEvidence = (mark: AuthMark | null, credentials: boolean, auth: AuthContext): AuthMark | null => {
  if (!credentials || auth.renewed.size === 0 || mark?.kind === 'logout') return mark;
  return { kind: 'login', evidence: [...(mark?.evidence ?? []), 'credentials-then-new-session'] };
};

/**
 * The first pass over a recording, in order: every cookie and bearer value sent and set, logins and logouts
 * with their outcome, shadowed names, and cleartext transmissions. Linear in the number of headers.
 */
export const followKeys = (allFacts: readonly ExchangeFacts[], keys: KeyIndex, siteOf: (host: string) => string): FollowResult => {
  const follower = new Follower(keys, siteOf);
  for (const facts of allFacts) follower.exchange(facts);
  return { marks: follower.marks, outcomes: follower.outcomes, shadowing: [...follower.shadows.values()] };
};
