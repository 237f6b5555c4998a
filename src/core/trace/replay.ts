import { cookieKey, type Cookie } from '../model.ts';
import type { Anomaly } from '../parse/anomaly.ts';
import { CookieJar, type SetCookieOutcome } from '../store/jar.ts';
import { domainMatches, pathMatches } from '../store/match.ts';
import type { RequestTarget } from '../store/request-url.ts';
import type { CookieState, SetContext, WithheldCount, WithholdReason } from '../cookie-state.ts';
import type { ObservedCookie } from './observed-cookies.ts';

export interface SetCookieFact {
  readonly header: string;
  readonly outcome: SetCookieOutcome;
}

export interface WithheldCookie {
  readonly cookie: Cookie;
  readonly reason: WithholdReason;
}

/** What one request needs the jar for, read once by the facts pass. */
export interface ReplayRequest {
  readonly index: number;
  readonly time: number;
  readonly url: string;
  readonly target: RequestTarget | null;
  /** The names of every cookie its `Cookie` headers carried; null when its headers were not seen. */
  readonly sentNames: ReadonlySet<string> | null;
  readonly setCookies: readonly string[];
  /** The top-level site it was made for, as CHIPS keys partitions (`https://example.com`). */
  readonly partitionSite: string | null;
  /** Cross-site as SameSite judges it (schemeful, or as `Sec-Fetch-Site` says). */
  readonly crossSite: boolean;
  /** To another site than the page's: where third-party cookie blocking applies. */
  readonly thirdParty: boolean;
  /** A top-level GET navigation, the one cross-site request that carries SameSite=Lax cookies. */
  readonly laxAllowed: boolean;
}

export interface ExchangeCookies {
  readonly setCookies: readonly SetCookieFact[];
  readonly withheld: readonly WithheldCookie[];
}

interface History {
  cookie: Cookie;
  anomalies: readonly Anomaly[];
  state: CookieState;
  setContext: SetContext;
  /** The last exchange that set it (or, for a sent-only cookie, carried it). */
  lastExchange: number;
  readonly withheld: Map<WithholdReason, { requests: number; firstExchange: number }>;
}

interface SentOnly {
  readonly cookie: Cookie;
  lastExchange: number;
}

const NONE: readonly never[] = [];

/** The reason a cookie's SameSite gives for leaving it out of a cross-site request, if any. */
const sameSiteReason = (cookie: Cookie, request: ReplayRequest): WithholdReason | null => {
  if (!request.crossSite) return null;
  switch (cookie.sameSite) {
    case 'strict':
      return 'samesite-strict';
    case 'lax':
      return request.laxAllowed ? null : 'samesite-lax';
    case 'unspecified':
      return request.laxAllowed ? null : 'samesite-unspecified';
    case 'none':
      return request.thirdParty ? 'third-party-blocked' : null;
  }
};

const withholdReason = (history: History | undefined, cookie: Cookie, request: ReplayRequest, target: RequestTarget): WithholdReason => {
  if (cookie.secure && !target.secure) return 'secure-over-http';
  if (!pathMatches(target.path, cookie.path)) return 'path';
  const bySameSite = sameSiteReason(cookie, request);
  if (bySameSite !== null) return bySameSite;
  // Set from a third-party context and never seen since: most likely blocked when it was set.
  return history?.setContext === 'third-party' ? 'third-party-blocked' : 'unknown';
};

/** A cookie seen only in a request's `Cookie` header: its attributes are unknown, its origin says so. */
const sentOnlyCookie = (name: string, value: string, target: RequestTarget, request: ReplayRequest): Cookie => ({
  name,
  value,
  domain: target.host,
  hostOnly: true,
  path: '/',
  secure: false,
  httpOnly: false,
  sameSite: 'unspecified',
  partitioned: false,
  partitionKey: null,
  priority: 'medium',
  expiry: { kind: 'session' },
  creationTime: request.time,
  origin: { kind: 'request-header', url: request.url },
});

/**
 * Replays a recording through the one CookieJar, exchange by exchange: the outcome of every Set-Cookie
 * (stored, updated, deleted, refused and why), the cookies each request withheld and why, and where every
 * cookie of the recording stands at its end.
 */
export class CookieReplay {
  readonly #jar = new CookieJar();
  readonly #histories = new Map<string, History>();
  readonly #refused = new Map<string, History>();
  /** By host, then name: what requests carried that no Set-Cookie of the recording accounts for (yet). */
  readonly #sentOnly = new Map<string, Map<string, SentOnly>>();
  /** Expired since a request last looked: the next request to their host says why they are missing. */
  #expired: Cookie[] = [];

  exchange(request: ReplayRequest, pairs: readonly { readonly name: string; readonly value: string }[]): ExchangeCookies {
    this.#evict(request);
    const withheld = request.target === null || request.sentNames === null ? NONE : this.#request(request, request.target, request.sentNames, pairs);
    const setCookies = request.setCookies.length === 0 ? NONE : request.setCookies.map((header) => this.#setCookie(header, request));
    return { setCookies, withheld };
  }

  /** Every cookie of the recording once: set ones first (in the order first stored), refused, then sent-only. */
  observed(): ObservedCookie[] {
    const set = [...this.#histories].map(([key, history]) => observedOf(key, history));
    const refused = [...this.#refused].map(([key, history]) => observedOf(`refused\u0000${key}`, history));
    const sentOnly = [...this.#sentOnly.values()].flatMap((names) =>
      [...names.values()]
        .filter(({ cookie }) => !this.#setByRecording(cookie))
        .map(({ cookie, lastExchange }) => observedOf(`sent\u0000${cookie.domain}\u0000${cookie.name}`, newHistory(cookie, NONE, 'not-set', lastExchange))),
    );
    return [...set, ...refused, ...sentOnly];
  }

  #evict(request: ReplayRequest): void {
    for (const cookie of this.#jar.evictExpired(request.time)) {
      const history = this.#histories.get(cookieKey(cookie));
      if (history !== undefined) history.state = { kind: 'cleared', exchange: request.index, cause: 'expired' };
      this.#expired.push(cookie);
    }
  }

  #request(request: ReplayRequest, target: RequestTarget, sent: ReadonlySet<string>, pairs: readonly { readonly name: string; readonly value: string }[]): WithheldCookie[] {
    const withheld: WithheldCookie[] = [];
    const known = new Set<string>();
    for (const cookie of this.#jar.cookiesFor(target, request.time, request.partitionSite)) {
      known.add(cookie.name);
      if (sent.has(cookie.name)) continue;
      const history = this.#histories.get(cookieKey(cookie));
      withheld.push(this.#withhold(history, cookie, withholdReason(history, cookie, request, target), request.index));
    }
    if (this.#expired.length > 0) this.#expiredWithheld(request, target, sent, withheld, known);
    for (const { name, value } of pairs) if (!known.has(name)) this.#noteSentOnly(name, value, target, request);
    return withheld;
  }

  #expiredWithheld(request: ReplayRequest, target: RequestTarget, sent: ReadonlySet<string>, into: WithheldCookie[], known: Set<string>): void {
    this.#expired = this.#expired.filter((cookie) => {
      const applies = cookie.hostOnly ? cookie.domain === target.host : domainMatches(target.host, cookie.domain);
      if (!applies) return true;
      known.add(cookie.name);
      if (!sent.has(cookie.name)) into.push(this.#withhold(this.#histories.get(cookieKey(cookie)), cookie, 'expired', request.index));
      return false;
    });
  }

  #withhold(history: History | undefined, cookie: Cookie, reason: WithholdReason, exchange: number): WithheldCookie {
    const count = history?.withheld.get(reason);
    if (count !== undefined) count.requests += 1;
    else history?.withheld.set(reason, { requests: 1, firstExchange: exchange });
    return { cookie, reason };
  }

  #noteSentOnly(name: string, value: string, target: RequestTarget, request: ReplayRequest): void {
    let names = this.#sentOnly.get(target.host);
    if (names === undefined) {
      names = new Map();
      this.#sentOnly.set(target.host, names);
    }
    const known = names.get(name);
    // The last value sent is the one the recording ends with.
    if (known?.cookie.value === value) known.lastExchange = request.index;
    else names.set(name, { cookie: sentOnlyCookie(name, value, target, request), lastExchange: request.index });
  }

  /** A name a Set-Cookie of the recording covers on that host, even one seen only later: not sent-only. */
  #setByRecording(cookie: Cookie): boolean {
    for (const history of this.#histories.values())
      if (history.cookie.name === cookie.name && domainMatches(cookie.domain, history.cookie.domain)) return true;
    return false;
  }

  #setCookie(header: string, request: ReplayRequest): SetCookieFact {
    const outcome = this.#jar.setCookie(header, request.url, request.time, request.partitionSite);
    const setContext: SetContext = request.thirdParty ? 'third-party' : 'first-party';
    switch (outcome.kind) {
      case 'stored':
      case 'updated':
        this.#stored(outcome.cookie, outcome.anomalies, setContext, request.index);
        break;
      case 'deleted': {
        const history = outcome.removed === null ? undefined : this.#histories.get(cookieKey(outcome.removed));
        if (history !== undefined) history.state = { kind: 'cleared', exchange: request.index, cause: 'deleted' };
        break;
      }
      case 'refused':
        if (outcome.cookie !== null) this.#noteRefused(outcome.cookie, outcome, request.index, setContext);
        break;
    }
    return { header, outcome };
  }

  #stored(cookie: Cookie, anomalies: readonly Anomaly[], setContext: SetContext, exchange: number): void {
    const key = cookieKey(cookie);
    const history = this.#histories.get(key);
    if (history === undefined) {
      this.#histories.set(key, newHistory(cookie, anomalies, setContext, exchange));
      return;
    }
    history.cookie = cookie;
    history.anomalies = anomalies;
    history.state = HELD;
    history.setContext = setContext;
    history.lastExchange = exchange;
  }

  #noteRefused(cookie: Cookie, outcome: Extract<SetCookieOutcome, { kind: 'refused' }>, exchange: number, setContext: SetContext): void {
    const key = cookieKey(cookie);
    const earlier = this.#refused.get(key);
    const times = earlier?.state.kind === 'refused' ? earlier.state.times + 1 : 1;
    const history = earlier ?? newHistory(cookie, outcome.anomalies, setContext, exchange);
    history.lastExchange = exchange;
    history.cookie = cookie;
    history.anomalies = outcome.anomalies;
    history.state = { kind: 'refused', exchange, reason: outcome.reason, times };
    this.#refused.set(key, history);
  }
}

const HELD: CookieState = { kind: 'held' };

const newHistory = (cookie: Cookie, anomalies: readonly Anomaly[], setContext: SetContext, lastExchange: number): History => ({
  cookie,
  anomalies,
  state: HELD,
  setContext,
  lastExchange,
  withheld: new Map(),
});

const observedOf = (id: string, history: History): ObservedCookie => ({
  id,
  cookie: history.cookie,
  anomalies: history.anomalies,
  state: history.state,
  withheld: [...history.withheld].map(([reason, count]): WithheldCount => ({ reason, ...count })),
  setContext: history.setContext,
  lastExchange: history.lastExchange,
});
