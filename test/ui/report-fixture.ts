import { REPORT_SCHEMA, type Report, type ReportFinding } from '../../src/core/report/types.ts';

const finding = (name: string, severity: ReportFinding['severity'], message: string): ReportFinding => ({
  rule: 'missing-httponly',
  severity,
  cookie: { name, domain: 'app.example.test', path: '/' },
  message,
  fix: 'fix it',
});

/** A quick-audit report as the background sends it: findings worst first, as every report lists them. */
export const REPORT: Report = {
  schema: REPORT_SCHEMA,
  source: { kind: 'browser', page: 'https://app.example.test/account' },
  summary: {
    grade: 'D',
    score: 48,
    cookies: 150,
    sessionCookies: 40,
    persistentCookies: 110,
    unknownLifetimeCookies: 0,
    states: { held: 150, cleared: 0, refused: 0, notHeld: 0 },
    withheldRequests: 0,
    findings: { high: 2, medium: 1, low: 1, info: 0 },
  },
  cookies: [],
  findings: [
    finding('sid', 'high', 'sid is readable from JavaScript.'),
    finding('auth', 'high', 'auth token never expires.'),
    finding('csrf', 'medium', 'csrf is sent over HTTP.'),
    finding('theme', 'low', 'theme has no SameSite.'),
  ],
  sessions: [],
  warnings: [],
};
