import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import { translatorFor } from '../../../src/core/i18n/catalog.ts';
import { analyze } from '../../../src/core/report/analyze.ts';
import { buildReport } from '../../../src/core/report/build.ts';
import { mapStrings } from '../../../src/core/report/map-strings.ts';
import { KEPT_AS_IS, redactReport } from '../../../src/core/report/redact.ts';
import type { Report } from '../../../src/core/report/types.ts';
import type { Exchange } from '../../../src/core/exchange.ts';
import { loadFixture } from './fixture.ts';
import { exchange as sketched } from '../../support/exchange.ts';

const revealedReport = (): Report => {
  const har = loadFixture('cli-login-not-rotated.har');
  const analysis = analyze({ kind: 'har', pageUrl: har.page, exchanges: har.exchanges, warnings: har.warnings }, Date.parse('2035-01-01T00:00:00Z'));
  return buildReport(analysis, translatorFor(en), { reveal: true, source: 'har', page: har.page });
};

/** A live report whose cookies show every state, withheld requests and a client-side session. */
const statefulReport = (): Report => {
  const exchange = (index: number, url: string, cookie: string | null, setCookies: readonly string[]): Exchange =>
    sketched({ id: String(index), startedAt: Date.parse('2034-12-01T00:00:00Z') + index * 1000, url, pageUrl: 'https://shop.example/', cookie, setCookies });
  const flask = 'eyJ1c2VyIjoiYWxpY2UifQ.aw8_yw._b58Nsr5RHM-RYklww8B-CUv6IU';
  const exchanges = [
    exchange(0, 'https://shop.example/', null, [`session=${flask}; Path=/; HttpOnly`, 'gone=1; Path=/', 'bad=1; SameSite=None', 'lax=1; SameSite=Lax; Path=/']),
    exchange(1, 'https://shop.example/logout', `session=${flask}; gone=1`, ['gone=; Path=/; Max-Age=0']),
  ];
  const analysis = analyze({ kind: 'browser', pageUrl: 'https://shop.example/', cookies: [], exchanges, dropped: 0 }, Date.parse('2035-01-01T00:00:00Z'));
  return buildReport(analysis, translatorFor(en), { reveal: true, source: 'browser', page: 'https://shop.example/' });
};

const pathsOf = (report: Report): Set<string> => {
  const paths = new Set<string>();
  mapStrings(report, (text, path) => {
    paths.add(path);
    return text;
  });
  return paths;
};

describe('redactReport', () => {
  it('keeps only fields the report has, and masks every other string', () => {
    const report = revealedReport();
    const paths = new Set([...pathsOf(report), ...pathsOf(statefulReport())]);
    for (const kept of KEPT_AS_IS) expect(paths, kept).toContain(kept);
    const masked = redactReport(report, () => 'X');
    const changed = [...pathsOf(masked)].filter((path) => !KEPT_AS_IS.has(path));
    expect(changed).toEqual(expect.arrayContaining(['source.page', 'cookies.*.name', 'findings.*.message', 'sessions.*.events.*.url', 'sessions.*.events.*.method']));
    expect(masked.source.page).toBe('X');
    expect(masked.cookies[0]?.role).toBe(report.cookies[0]?.role);
    expect(masked.sessions[0]?.events[0]?.type).toBe(report.sessions[0]?.events[0]?.type);
    expect(masked.summary).toEqual(report.summary);
  });

  it('masks a field the report type does not know yet', () => {
    const report = { ...revealedReport(), headers: [{ name: 'Referer', value: 'https://a.example/?code=abc' }] };
    expect(redactReport(report, (text) => text.replace('abc', '••••'))).toMatchObject({ headers: [{ name: 'Referer', value: 'https://a.example/?code=••••' }] });
  });
});
