// Reading the extension's report the way the frameworks test asserts on it.
import type { Grade, Report, ReportFinding, ReportSession, ReportSessionEvent } from '../../../src/core/report/types.ts';

export const sessionOf = (report: Report, cookie: string): ReportSession => {
  const session = report.sessions.find((s) => s.cookie.name === cookie);
  if (!session) throw new Error(`no session for ${cookie} in the report (has ${report.sessions.map((s) => s.cookie.name).join(', ') || 'none'})`);
  return session;
};

const eventAt = (session: ReportSession, type: ReportSessionEvent['type'], entry: number): boolean =>
  session.events.some((e) => e.type === type && e.entry === entry);

const entriesOf = (session: ReportSession, type: 'login' | 'logout'): number[] =>
  session.events.filter((e) => e.type === type).map((e) => e.entry);

/** The login requests of the cookie's session, each with whether its own response gave the cookie a new value. */
export const rotationAtLogin = (report: Report, cookie: string): boolean[] => {
  const session = sessionOf(report, cookie);
  return entriesOf(session, 'login').map((entry) => eventAt(session, 'rotated', entry));
};

/** The logout requests of the cookie's session, each with whether its own response deleted the cookie. */
export const clearingAtLogout = (report: Report, cookie: string): boolean[] => {
  const session = sessionOf(report, cookie);
  return entriesOf(session, 'logout').map((entry) => eventAt(session, 'cleared', entry));
};

/** The cookie's value was issued before the first login: there was a session to fixate, and to rotate. */
export const issuedBeforeLogin = (report: Report, cookie: string): boolean => {
  const session = sessionOf(report, cookie);
  const [login] = entriesOf(session, 'login');
  return login !== undefined && session.events.some((e) => e.type === 'issued' && e.entry < login);
};

export const findingsFor = (report: Report, cookie: string, severity?: ReportFinding['severity']): ReportFinding[] =>
  report.findings.filter((f) => f.cookie.name === cookie && (severity === undefined || f.severity === severity));

const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E', 'F'];

/** 0 for A, the best, up to 5 for F: a larger rank is a worse grade. */
export const gradeRank = (report: Report): number => GRADES.indexOf(report.summary.grade);
