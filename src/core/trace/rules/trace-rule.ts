import type { CookieRef, Severity } from '../../model.ts';
import type { Finding } from '../../rules/finding.ts';
import type { AuthOutcome, Shadowing } from '../follow.ts';
import type { LeakChannel } from '../events.ts';
import type { TrackedKey } from '../tracked-key.ts';

export interface ShadowingSeen extends Shadowing {
  readonly sessionBearing: boolean;
  readonly cookie: CookieRef;
}

/** What the two passes saw, restricted to session-bearing keys (shadowing excepted): the rules' only input. */
export interface TraceObservations {
  readonly sessions: readonly TrackedKey[];
  readonly outcomes: readonly AuthOutcome[];
  readonly shadowing: readonly ShadowingSeen[];
}

/** `Id` is the rule's own id as a literal type: the list of ids is derived from the list of rules. */
export interface TraceRule<Id extends string = string> {
  readonly id: Id;
  readonly findings: (observations: TraceObservations) => Finding<Id>[];
}

/** Declares a trace rule; its id stays a literal type, so TRACE_RULES alone says which ids exist. */
export const traceRule = <const Id extends string>(rule: TraceRule<Id>): TraceRule<Id> => rule;

/** A key as a cookie reference; a bearer token is named `Authorization` on the host it was first sent to. */
export const refOf = (key: TrackedKey): CookieRef => ({ name: key.name, domain: key.domain, path: key.path });

const ascending = (a: number, b: number): number => a - b;

/** Exchange indexes once each, in recording order. */
export const sortedExchanges = (exchanges: Iterable<number>): number[] => [...new Set(exchanges)].sort(ascending);

export const finding = <const Id extends string>(rule: Id, severity: Severity, key: TrackedKey, host: string, exchanges: Iterable<number>): Finding<Id> => ({
  rule,
  severity,
  cookie: refOf(key),
  args: [key.name, host],
  exchanges: sortedExchanges(exchanges),
});

/** One finding per session that leaked through any of `channels`, listing every exchange that shows it. */
export const leakFindings = <const Id extends string>(rule: Id, severity: Severity, channels: readonly LeakChannel[], observations: TraceObservations): Finding<Id>[] =>
  observations.sessions.flatMap((key) => {
    const records = channels.flatMap((channel) => {
      const record = key.leaks.get(channel);
      return record === undefined ? [] : [record];
    });
    const [first] = records;
    if (first === undefined) return [];
    return [finding(rule, severity, key, first.host, records.flatMap((record) => record.exchanges))];
  });

/** One finding per session whose value outlived a login (or a logout), listing every such exchange. */
export const outcomeFindings = <const Id extends string>(kind: AuthOutcome['kind'], rule: Id, severity: Severity, outcomes: readonly AuthOutcome[]): Finding<Id>[] => {
  const byKey = new Map<TrackedKey, AuthOutcome[]>();
  for (const outcome of outcomes) if (outcome.kind === kind) byKey.set(outcome.key, [...(byKey.get(outcome.key) ?? []), outcome]);
  return [...byKey].map(([key, list]) => finding(rule, severity, key, list[0]?.host ?? '', list.flatMap((outcome) => outcome.exchanges)));
};
