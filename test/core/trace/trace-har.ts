import { traceSessions, type SessionTrace, type TracedSession } from '../../../src/core/trace/trace.ts';
import type { Finding } from '../../../src/core/rules/finding.ts';
import { importOk, type HarImportOk } from '../har/load-har.ts';

/** Fixed, so that no expectation depends on the day the tests run. */
export const NOW = Date.parse('2026-06-01T00:00:00Z');

export interface Traced {
  readonly imported: HarImportOk;
  readonly trace: SessionTrace;
}

export const traceFile = (file: string): Traced => {
  const imported = importOk(file);
  return { imported, trace: traceSessions(imported.exchanges, { now: NOW }) };
};

export const sessionNamed = (trace: SessionTrace, name: string, domain?: string): TracedSession => {
  const session = trace.sessions.find((s) => s.cookie.name === name && (domain === undefined || s.cookie.domain === domain));
  if (session === undefined) throw new Error(`no session ${name} among ${trace.sessions.map((s) => s.cookie.name).join(', ')}`);
  return session;
};

export const findingsOf = (trace: SessionTrace, rule: Finding['rule']): Finding[] => trace.findings.filter((f) => f.rule === rule);

/** A timeline as `type@exchange` strings: easy to compare, and free of values. */
export const timeline = (session: TracedSession): string[] => session.events.map((event) => `${event.type}@${event.exchange}`);
