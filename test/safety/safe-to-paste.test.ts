import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { toSarif } from '../../src/cli/render/sarif.ts';
import { PLAIN } from '../../src/cli/render/style.ts';
import { renderText } from '../../src/cli/render/text.ts';
import { translatorFor } from '../../src/core/i18n/catalog.ts';
import { analyze, type Analysis } from '../../src/core/report/analyze.ts';
import { buildReport } from '../../src/core/report/build.ts';
import { mapStrings } from '../../src/core/report/map-strings.ts';
import { jsonText } from '../../src/core/report/render/json.ts';
import { renderMarkdown } from '../../src/core/report/render/markdown.ts';
import type { Report } from '../../src/core/report/types.ts';
import { exportFile } from '../../src/panel/export.ts';
import { hostileExchanges, LEAKS, PAGE, pageOf, secretsOf, type HostileSite } from './hostile.ts';
import { foreignMarkupIn, rawControlsIn, renderedTextOf, secretsLeftIn, stringsOf } from './inert.ts';

const english = translatorFor(en);
const NOW = Date.UTC(2026, 0, 15, 13, 0, 0);

const analysisOf = (site: HostileSite): Analysis =>
  analyze({ kind: 'har', pageUrl: PAGE, exchanges: hostileExchanges(site), warnings: [] }, NOW);

const reportOf = (site: HostileSite, reveal = false): Report =>
  buildReport(analysisOf(site), english, { reveal, source: 'har', page: pageOf(site) });

/** Every output format of one report, as the CLI writes them (the panel's exports are the same text). */
const outputsOf = (report: Report): Record<'json' | 'sarif' | 'markdown' | 'text', string> => ({
  json: jsonText(report),
  sarif: jsonText(toSarif(report, english, 'hostile.har', '0.0.0')),
  markdown: renderMarkdown(report, english, false),
  text: renderText(report, english, PLAIN, false),
});

/** The secrets of `site` left in any output, however written (JSON read back, Markdown also as rendered). */
const leaksOf = (site: HostileSite, report: Report): string[] => {
  const secrets = secretsOf(site);
  const { json, sarif, markdown, text } = outputsOf(report);
  return [
    ...secretsLeftIn(stringsOf(JSON.parse(json)).join('\n'), secrets),
    ...secretsLeftIn(stringsOf(JSON.parse(sarif)).join('\n'), secrets),
    ...secretsLeftIn(markdown, secrets),
    ...secretsLeftIn(renderedTextOf(markdown), secrets),
    ...secretsLeftIn(text, secrets),
  ];
};

const ISSUE_CASE: HostileSite = {
  cookieName: 'sid</summary></details><script>alert(1)</script>\u009b2J',
  markup: '<img src=x onerror=alert(1)>\u0000\u001b[2J\u009b\u007f\r\n',
  sessionValue: 'A7F3C09B5E2D48F1A6B3C9D0E7F20718',
  phpSessionId: 'q1w2e3r4t5y6u7i8o9p0',
  accessToken: 'ya29.a0AfH6SMBx-access-token-value',
  idToken: 'eyJhbGciOiJSUzI1NiJ9.id-token-body.sig',
  jsessionId: '9F8E7D6C5B4A39281706F5E4D3C2B1A0',
  password: 'correct-horse-battery',
  apiKey: 'AIzaSyD-api-key-value-0123',
  signature: 'f0e1d2c3b4a5968778695a4b3c2d1e0f',
  claim: 'alice@example.com',
  leak: 'nested',
};

describe('the issue’s hostile recording', () => {
  const report = reportOf(ISSUE_CASE);
  const outputs = outputsOf(report);

  it('keeps the hostile cookie, so its name reaches every output', () => {
    expect(report.cookies.map((cookie) => cookie.name)).toContain(ISSUE_CASE.cookieName);
    expect(report.sessions.map((session) => session.cookie.name)).toContain(ISSUE_CASE.cookieName);
  });

  it.each(LEAKS)('masks the session values leaked to the tracker %s', (leak) => {
    expect(leaksOf({ ...ISSUE_CASE, leak }, reportOf({ ...ISSUE_CASE, leak }))).toEqual([]);
  });

  it('masks tokens in the page URL and in request URLs, and URL credentials', () => {
    expect(report.source.page).toBe('https://shop.example.com/cb?access_token=ya29…alue&token_type=bearer#id_token=eyJh….sig&state=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%00%1B%5B2J%C2%9B%7F%0D%0A');
    const urls = report.sessions.flatMap((session) => session.events.map((event) => event.url));
    expect(urls).toContain('https://••••:corr…tery@api.example.com/v1?api_key=AIza…0123&X-Amz-Signature=f0e1…1e0f&who=alic….com');
    expect(urls.some((url) => url.includes(';jsessionid=9F8E…B1A0/x?'))).toBe(true);
  });

  it('writes no HTML from page data and no raw control character in any format', () => {
    expect(foreignMarkupIn(outputs.markdown)).toEqual([]);
    expect(outputs.markdown).toContain('#### sid\\</summary\\>\\</details\\>\\<script\\>alert\\(1\\)\\</script\\>\\u009b2J \\(shop\\.example\\.com/\\): mixed');
    for (const output of Object.values(outputs)) expect(rawControlsIn(output)).toEqual([]);
  });

  it('shows everything with values revealed', () => {
    const revealed = reportOf(ISSUE_CASE, true);
    expect(revealed.source.page).toBe(pageOf(ISSUE_CASE));
    expect(leaksOf(ISSUE_CASE, revealed)).toEqual(expect.arrayContaining(secretsOf(ISSUE_CASE)));
  });

  it('exports the same text from the panel', () => {
    const analysis = analysisOf(ISSUE_CASE);
    expect(exportFile(analysis, pageOf(ISSUE_CASE), 'json', english, false).text).toBe(outputs.json);
    expect(exportFile(analysis, pageOf(ISSUE_CASE), 'markdown', english, false).text).toBe(outputs.markdown);
  });
});

/** Letters, digits and the punctuation cookie values and tokens use; long enough to be searched for. */
const secretArb = (chars: string): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...chars), minLength: 16, maxLength: 40 });
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const cookieValueArb = secretArb(`${ALPHANUMERIC}-._~:/+=!*`);
const tokenArb = secretArb(`${ALPHANUMERIC}-._~`);
/** A claim is any JSON string: an email, a name in any script. */
const claimArb = secretArb(`${ALPHANUMERIC}-._~:/+=!*@ àéŅ세션`);

const MARKUP = [
  '<script>alert(1)</script>', '</summary></details>', '<img src=x onerror=alert(1)>', '<b>', '<!--', ']]>', '`', '|', '*', '_',
  '[x](javascript:alert(1))', '![i](x)', '&lt;i&gt;', '&#60;', '<details open>', '\\', '# ', '> ', '- ', 'é', '세션',
];
const C0_AND_C1 = fc.integer({ min: 0, max: 0x9f }).filter((code) => code < 0x20 || code >= 0x7f).map((code) => String.fromCharCode(code));
/** Markup, Markdown syntax and control characters (C1 only in names: a browser refuses a cookie with C0). */
const hostileArb = (controls: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.array(fc.oneof(fc.constantFrom(...MARKUP), controls, fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const nameArb = hostileArb(C0_AND_C1.filter((char) => char.charCodeAt(0) >= 0x80)).map((text) => `sid${text.replace(/[=;\s]/g, '')}`);

const siteArb: fc.Arbitrary<HostileSite> = fc.record({
  cookieName: nameArb,
  markup: hostileArb(C0_AND_C1),
  sessionValue: cookieValueArb,
  phpSessionId: cookieValueArb,
  accessToken: tokenArb,
  idToken: tokenArb,
  jsessionId: tokenArb,
  password: tokenArb,
  apiKey: tokenArb,
  signature: tokenArb,
  claim: claimArb,
  leak: fc.constantFrom(...LEAKS),
});

/** A fixed seed: the same cases in every run, so a failure is never a fluke of one CI run. */
const RUNS = { numRuns: 60, seed: 20_269 };

/** The report with its page data stripped of control characters: what line structure it should have. */
const withoutControls = (report: Report): Report =>
  mapStrings(report, (text) => text.replace(/\p{Cc}/gu, ''));

describe('hostile recordings (property)', () => {
  it('leave no secret unmasked in any format', () => {
    fc.assert(
      fc.property(siteArb, (site) => {
        expect(leaksOf(site, reportOf(site))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('render no HTML element or attribute from page data in the Markdown', () => {
    fc.assert(
      fc.property(siteArb, (site) => {
        expect(foreignMarkupIn(outputsOf(reportOf(site)).markdown)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('emit no raw control character, and page data never starts a line, in any format', () => {
    fc.assert(
      fc.property(siteArb, (site) => {
        const report = reportOf(site);
        const outputs = outputsOf(report);
        const tame = outputsOf(withoutControls(report));
        for (const [format, output] of Object.entries(outputs)) {
          expect(rawControlsIn(output), format).toEqual([]);
          expect(output.split('\n').length, format).toBe(tame[format as keyof typeof tame].split('\n').length);
        }
      }),
      RUNS,
    );
  });
});
