import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import ko from '../../../public/_locales/ko/messages.json';
import { translatorFor } from '../../../src/core/i18n/catalog.ts';
import type { Cookie } from '../../../src/core/model.ts';
import { analyze, type Analysis } from '../../../src/core/report/analyze.ts';
import { buildReport } from '../../../src/core/report/build.ts';
import { SEVERITIES } from '../../../src/core/model.ts';
import type { Exchange } from '../../../src/core/exchange.ts';
import { loadFixture } from './fixture.ts';
import { exchange as sketched } from '../../support/exchange.ts';
import { reportSchemaValidator } from './schema.ts';

const SID = 'A7F3C09B5E2D48F1A6B3C9D0E7F20718';
const LATER = Date.parse('2035-01-01T00:00:00Z');
const english = translatorFor(en);
const korean = translatorFor(ko);
const validate = reportSchemaValidator();

const analyzeFixture = (name: string): Analysis => {
  const har = loadFixture(name);
  return analyze({ kind: 'har', pageUrl: har.page, exchanges: har.exchanges, warnings: har.warnings }, LATER);
};

const fixtureReport = (name: string, reveal = false, t = english) =>
  buildReport(analyzeFixture(name), t, { reveal, source: 'har', page: loadFixture(name).page });

describe('buildReport on HAR fixtures', () => {
  it.each(['cli-login-not-rotated.har', 'cli-clean-rotated.har', 'cli-markdown-names.har', 'cli-bom.har'])(
    'builds a schema-valid report from %s',
    (name) => {
      const report = fixtureReport(name);
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
      expect(validate(fixtureReport(name, true, korean)), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it('masks cookie values and the session ID leaked into a URL by default', () => {
    const report = fixtureReport('cli-login-not-rotated.har');
    expect(JSON.stringify(report)).not.toContain(SID);
    expect(report.cookies.find((cookie) => cookie.name === 'SESSIONID')?.value).toBe('A7F3…0718');
    const leak = report.sessions[0]?.events.find((event) => event.type === 'leaked');
    expect(leak?.url).toBe('https://pixel.tracker-example.net/collect?sid=A7F3…0718&page=account');
  });

  it('shows values as recorded when asked to reveal them', () => {
    const report = fixtureReport('cli-login-not-rotated.har', true);
    expect(report.cookies.find((cookie) => cookie.name === 'SESSIONID')?.value).toBe(SID);
    expect(report.sessions[0]?.events.some((event) => event.url.includes(SID))).toBe(true);
  });

  it('reports the trace findings with the cookie findings, worst first', () => {
    const report = fixtureReport('cli-login-not-rotated.har');
    const rules = report.findings.map((finding) => finding.rule);
    expect(rules).toEqual(expect.arrayContaining(['session-not-rotated', 'not-cleared-on-logout', 'leaked-to-third-party', 'missing-httponly']));
    const ranks = report.findings.map((finding) => SEVERITIES.indexOf(finding.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(report.summary.findings.high).toBe(report.findings.filter((finding) => finding.severity === 'high').length);
    expect(report.summary.grade).toBe('F');
  });

  it('writes each finding in the chosen language', () => {
    const english = fixtureReport('cli-login-not-rotated.har');
    const inKorean = fixtureReport('cli-login-not-rotated.har', false, korean);
    expect(inKorean.findings.map((finding) => finding.rule)).toEqual(english.findings.map((finding) => finding.rule));
    expect(inKorean.findings[0]?.message).toMatch(/[가-힣]/);
    expect(english.findings[0]?.message).not.toMatch(/[가-힣]/);
  });

  it('gives a session timeline in exchange order, with HAR entry indexes', () => {
    const [session] = fixtureReport('cli-login-not-rotated.har').sessions;
    expect(session?.cookie.name).toBe('SESSIONID');
    const entries = session?.events.map((event) => event.entry) ?? [];
    expect(entries).toEqual([...entries].sort((a, b) => a - b));
    expect(session?.events.map((event) => event.type)).toEqual(expect.arrayContaining(['issued', 'login', 'sent', 'leaked', 'logout']));
    expect(session?.events.find((event) => event.type === 'login')).toMatchObject({ entry: 1, method: 'POST', status: 302 });
  });

  it('judges a HAR as of its last exchange, not the clock of the machine reading it', () => {
    const report = fixtureReport('cli-login-not-rotated.har');
    const lang = report.cookies.find((cookie) => cookie.name === 'lang');
    expect(lang).toMatchObject({ session: false, expires: '2026-03-01T10:00:00.000Z' });
    expect(lang?.lifetimeSeconds).toBe(31_536_000 - 4);
    expect(report.summary).toMatchObject({ cookies: 2, sessionCookies: 1, persistentCookies: 1 });
  });
});

describe('analyze on a live recording', () => {
  const at = Date.parse('2025-06-01T12:00:00Z');
  const url = 'https://app.example.com/';
  const exchange: Exchange = sketched({ id: 'req-7', startedAt: at - 1000, url, setCookies: ['theme=dark; Path=/; Colour=blue'] });
  const theme: Cookie = {
    name: 'theme',
    value: 'dark',
    domain: 'app.example.com',
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    partitioned: false,
    partitionKey: null,
    priority: 'medium',
    expiry: { kind: 'session' },
    creationTime: at - 1000,
    origin: { kind: 'browser-api' },
  };

  it('takes the attributes of a browser cookie from the browser, and its anomalies and origin from the recorded line that set it', () => {
    const analysis = analyze({ kind: 'browser', pageUrl: url, cookies: [theme], exchanges: [exchange], dropped: 0 }, at);
    expect(analysis.cookies).toHaveLength(1);
    const [only] = analysis.cookies;
    expect(only?.classified.cookie).toMatchObject({ ...theme, origin: { kind: 'set-cookie', url } });
    expect(only?.classified.state).toEqual({ kind: 'held' });
    expect(only?.classified.anomalies.map((anomaly) => anomaly.kind)).toContain('unknown-attribute');
  });

  it('says how many exchanges the recorder dropped, and uses the exchange index as the entry', () => {
    const analysis = analyze({ kind: 'browser', pageUrl: url, cookies: [theme], exchanges: [exchange], dropped: 12 }, at);
    const report = buildReport(analysis, english, { reveal: false, source: 'browser', page: url });
    expect(report.warnings).toEqual([english('report_warning_exchanges_dropped', ['12'])]);
    expect(report.source).toEqual({ kind: 'browser', page: url });
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('docs/report.md', () => {
  it('shows an example that the schema accepts and that masks values', () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, '..', '..', '..', 'docs', 'report.md'), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? '';
    const report: unknown = JSON.parse(example);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(example).not.toContain(SID);
  });
});
