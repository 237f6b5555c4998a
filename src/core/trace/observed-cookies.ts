import type { Cookie } from '../model.ts';
import type { Anomaly } from '../parse/anomaly.ts';
import { domainMatches } from '../store/match.ts';
import type { Exchange } from './exchange.ts';
import { exchangeFacts, type ExchangeFacts } from './facts.ts';

export interface ObservedCookie {
  readonly cookie: Cookie;
  /** What the Set-Cookie parser met in the line that gave the cookie its final attributes. */
  readonly anomalies: readonly Anomaly[];
}

const jarKey = (cookie: Cookie): string => `${cookie.name}\u0000${cookie.domain}\u0000${cookie.path}`;

/**
 * A cookie seen only in a request's `Cookie` header: its attributes are unknown, so it is recorded as
 * host-only on the request host with the origin saying so, and attribute rules leave it alone.
 */
const requestHeaderCookie = (name: string, value: string, facts: ExchangeFacts): Cookie => ({
  name,
  value,
  domain: facts.host,
  hostOnly: true,
  path: '/',
  secure: false,
  httpOnly: false,
  sameSite: 'unspecified',
  partitioned: false,
  partitionKey: null,
  priority: 'medium',
  expiry: { kind: 'session' },
  creationTime: facts.time,
  origin: { kind: 'request-header', url: facts.exchange.url },
});

/**
 * The cookies a recording shows, each with its last stored attributes: every `Set-Cookie` replayed in order
 * through the jar's storage decision (a cookie later deleted keeps the attributes it lived with; one only
 * ever deleted, such as `za=deleted; expires=1970`, is left out), then the cookies that appear only in
 * request `Cookie` headers.
 */
export const observedFromFacts = (facts: readonly ExchangeFacts[]): ObservedCookie[] => {
  const stored = new Map<string, ObservedCookie>();
  const storedByName = new Map<string, Cookie[]>();
  for (const exchange of facts) {
    for (const { decision } of exchange.setCookies) {
      if (decision.kind !== 'store') continue;
      const key = jarKey(decision.cookie);
      if (!stored.has(key)) storedByName.set(decision.cookie.name, [...(storedByName.get(decision.cookie.name) ?? []), decision.cookie]);
      stored.set(key, { cookie: decision.cookie, anomalies: decision.anomalies });
    }
  }
  // By host, then name: one map lookup per pair and no key strings built on a long recording.
  const fromRequests = new Map<string, Map<string, ObservedCookie | null>>();
  for (const exchange of facts) {
    if (exchange.sentCookies.length === 0) continue;
    let seen = fromRequests.get(exchange.host);
    if (seen === undefined) {
      seen = new Map();
      fromRequests.set(exchange.host, seen);
    }
    for (const { name, value } of exchange.sentCookies) {
      const known = seen.get(name);
      // null: a Set-Cookie of the recording covers this name on this host.
      if (known === null || known?.cookie.value === value) continue;
      const setByResponse = known === undefined && (storedByName.get(name)?.some((cookie) => domainMatches(exchange.host, cookie.domain)) ?? false);
      // The last value sent is the one the recording ends with.
      seen.set(name, setByResponse ? null : { cookie: requestHeaderCookie(name, value, exchange), anomalies: [] });
    }
  }
  const requestOnly = [...fromRequests.values()].flatMap((seen) => [...seen.values()].filter((cookie) => cookie !== null));
  return [...stored.values(), ...requestOnly];
};

export const observedCookies = (exchanges: readonly Exchange[], now: number): ObservedCookie[] =>
  observedFromFacts(exchangeFacts(exchanges, now));
