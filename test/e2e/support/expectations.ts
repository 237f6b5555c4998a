import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Report, ReportCookie, SessionEventType } from '../../../src/core/report/types.ts';
import type { Severity } from '../../../src/core/model.ts';
import { ROOT } from './build.ts';
import type { LoginFlowId } from './demo.ts';
import type { Lang } from './extension.ts';

export const cookieNamed = (report: Report, name: string): ReportCookie => {
  const cookie = report.cookies.find((c) => c.name === name);
  if (!cookie) throw new Error(`no cookie ${name} in the report (has ${report.cookies.map((c) => c.name).join(', ')})`);
  return cookie;
};

/** The rules found for one cookie. */
export const rulesFor = (report: Report, name: string): string[] =>
  report.findings.filter((f) => f.cookie.name === name).map((f) => f.rule);

/** Every event type on the timelines of the sessions carried by the cookie `name`. */
export const eventsFor = (report: Report, name: string): SessionEventType[] =>
  report.sessions.filter((s) => s.cookie.name === name).flatMap((s) => s.events.map((e) => e.type));

/** The summary's counts agree with the cookies it summarises. */
export const expectConsistentSummary = (report: Report): void => {
  expect(report.summary.cookies).toBe(report.cookies.length);
  expect(report.summary.sessionCookies).toBe(report.cookies.filter((c) => c.session).length);
  expect(report.summary.persistentCookies).toBe(report.cookies.filter((c) => !c.session).length);
  const bySeverity = (severity: Severity) => report.findings.filter((f) => f.severity === severity).length;
  for (const severity of ['high', 'medium', 'low', 'info'] as const) expect(report.summary.findings[severity]).toBe(bySeverity(severity));
};

interface FlowExpectation {
  /** After signing in and browsing, while the session is live. */
  readonly signedIn: (report: Report) => void;
  /** After signing out: the whole recording of the flow. */
  readonly signedOut: (report: Report) => void;
}

export const FLOW_EXPECTATIONS: Readonly<Record<LoginFlowId, FlowExpectation>> = {
  good: {
    signedIn: (report) => {
      expect(['A', 'B']).toContain(report.summary.grade);
      expect(report.findings.filter((f) => f.severity === 'high')).toEqual([]);
      expect(cookieNamed(report, '__Host-sid')).toMatchObject({
        session: true, httpOnly: true, secure: true, hostOnly: true, path: '/', sameSite: 'lax', role: 'session-id',
      });
      expect(cookieNamed(report, 'theme')).toMatchObject({ session: false, role: 'preference', httpOnly: false });
    },
    signedOut: (report) => {
      // Deleted at logout, and kept in the audit with its state: the site is judged on what it set.
      expect(cookieNamed(report, '__Host-sid').state).toMatchObject({ kind: 'cleared', cause: 'deleted' });
      expect(eventsFor(report, '__Host-sid')).toEqual(expect.arrayContaining(['issued', 'sent', 'rotated', 'cleared']));
      expect(rulesFor(report, '__Host-sid')).not.toContain('session-not-rotated');
      expect(rulesFor(report, '__Host-sid')).not.toContain('not-cleared-on-logout');
    },
  },
  fixation: {
    signedIn: (report) => {
      expect(cookieNamed(report, 'PHPSESSID')).toMatchObject({ session: true, httpOnly: false, role: 'session-id' });
      expect(rulesFor(report, 'PHPSESSID')).toContain('missing-httponly');
    },
    signedOut: (report) => {
      expect(rulesFor(report, 'PHPSESSID')).toContain('session-not-rotated');
      expect(eventsFor(report, 'PHPSESSID')).toEqual(expect.arrayContaining(['issued', 'sent']));
      expect(eventsFor(report, 'PHPSESSID')).not.toContain('rotated');
    },
  },
  jwt: {
    signedIn: (report) => {
      const token = cookieNamed(report, 'auth_token');
      expect(token).toMatchObject({ session: false, httpOnly: false, secure: true, role: 'auth-token' });
      expect(token.lifetimeSeconds).toBeGreaterThan(60 * 60 * 24 * 30);
      expect(rulesFor(report, 'auth_token')).toContain('missing-httponly');
    },
    signedOut: (report) => {
      expect(eventsFor(report, 'auth_token')).toEqual(expect.arrayContaining(['issued', 'sent', 'cleared']));
    },
  },
  sticky: {
    signedIn: (report) => {
      expect(cookieNamed(report, 'BIGipServerpool_demo')).toMatchObject({ role: 'load-balancer', session: true });
      expect(rulesFor(report, 'BIGipServerpool_demo')).toContain('lb-cookie-reveals-backend');
      expect(cookieNamed(report, 'JSESSIONID')).toMatchObject({ role: 'session-id', httpOnly: true, secure: true });
      expect(cookieNamed(report, 'AWSALB')).toMatchObject({ session: false });
    },
    signedOut: (report) => {
      expect(eventsFor(report, 'JSESSIONID')).toEqual(expect.arrayContaining(['issued', 'sent', 'cleared']));
    },
  },
  leaky: {
    signedIn: (report) => {
      expect(cookieNamed(report, 'JSESSIONID')).toMatchObject({ session: true, secure: false, httpOnly: false, role: 'session-id' });
      // The ad frame's own cookie, read for the tab's frames (Firefox keeps it partitioned).
      expect(cookieNamed(report, '_trk')).toMatchObject({ thirdParty: true, session: false, sameSite: 'none' });
    },
    signedOut: (report) => {
      const rules = rulesFor(report, 'JSESSIONID');
      expect(rules).toEqual(expect.arrayContaining(['session-id-in-url', 'sent-over-http', 'leaked-to-third-party']));
      expect(eventsFor(report, 'JSESSIONID')).toEqual(expect.arrayContaining(['issued', 'sent', 'leaked']));
    },
  },
};

const catalog = (lang: Lang): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8'));

/** A catalog message as the UI shows it (for keys without placeholders). */
export const uiText = (lang: Lang, key: string): string => {
  const entry = catalog(lang)[key];
  if (!entry) throw new Error(`no ${lang} message ${key}`);
  return entry.message;
};

export const HANGUL = /[\uac00-\ud7a3]/;
