import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { isDateTime, reportSchemaValidator } from '../core/report/schema.ts';
import { buildCliOnce, ROOT } from './build-cli.ts';
import { runCli } from './run-cli.ts';

const FIXTURES = path.join('test', 'fixtures', 'har');
const fixture = (name: string): string => path.join(FIXTURES, name);
const NOT_ROTATED = fixture('cli-login-not-rotated.har');
const CLEAN = fixture('cli-clean-rotated.har');
const SID = 'A7F3C09B5E2D48F1A6B3C9D0E7F20718';
const REAL_HARS = path.resolve(ROOT, '..', 'shared', 'corpora', 'har-real');
const HANGUL = /[가-힣]/;

const validateReport = reportSchemaValidator();

/** The official SARIF 2.1.0 schema (rtm.5) as Microsoft's SARIF SDK ships it; it is draft-04, read here as draft-07. */
const sarifValidator = () => {
  const file = path.join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  // ajv 8 has no draft-04 meta-schema; the SARIF schema uses nothing that reads differently in draft-07.
  delete schema.$schema;
  delete schema.id;
  // The official schema's `language` pattern has a stray `]` that only a non-Unicode RegExp accepts.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('date-time', isDateTime);
  ajv.addFormat('uri', (text: string) => URL.canParse(text));
  ajv.addFormat('uri-reference', (text: string) => URL.canParse(text, 'file:///'));
  return ajv.compile(schema);
};

beforeAll(buildCliOnce, 120_000);

describe('crumbtrail audit: exit codes', () => {
  it('exits 1 when a finding reaches the default --fail-on high', () => {
    expect(runCli(['audit', NOT_ROTATED]).status).toBe(1);
  });

  it('exits 0 when no finding reaches it', () => {
    const run = runCli(['audit', CLEAN]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('follows --fail-on', () => {
    expect(runCli(['audit', NOT_ROTATED, '--fail-on', 'none']).status).toBe(0);
    const report = JSON.parse(runCli(['audit', CLEAN, '--format', 'json']).stdout) as { findings: unknown[] };
    expect(runCli(['audit', CLEAN, '--fail-on', 'info']).status).toBe(report.findings.length > 0 ? 1 : 0);
    expect(runCli(['audit', fixture('cli-markdown-names.har'), '--fail-on', 'info']).status).toBe(0);
  });

  it.each([
    [['audit'], /needs a HAR file/],
    [['audit', NOT_ROTATED, '--format', 'xml'], /Invalid value xml for --format/],
    [['audit', NOT_ROTATED, '--fail-on', 'critical'], /Invalid value critical for --fail-on/],
    [['audit', NOT_ROTATED, '--bogus'], /Unknown option: --bogus/],
    [['audit', NOT_ROTATED, '--format'], /Option --format needs a value/],
    [['scan', NOT_ROTATED], /Unknown command: scan/],
    [[], /Missing command/],
  ])('exits 2 with the usage on bad usage %j', (args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Usage: crumbtrail audit FILE.har');
  });
});

describe('crumbtrail audit: unusable files', () => {
  it.each([
    ['a missing file', fixture('cli-no-such-file.har'), /^crumbtrail: Cannot read .*cli-no-such-file\.har: no such file\.\n$/],
    ['a directory', FIXTURES, /^crumbtrail: Cannot read .*: it is a directory\.\n$/],
    ['invalid JSON', fixture('cli-invalid-json.har'), /^crumbtrail: .*cli-invalid-json\.har is not valid JSON\.\n$/],
    ['JSON that is not a HAR', fixture('cli-not-a-har.json'), /^crumbtrail: .*cli-not-a-har\.json is not a HAR file: .+\n$/],
  ])('exits 2 with one line on stderr for %s', (_, file, line) => {
    const run = runCli(['audit', file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(line);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('says where the JSON breaks, or that it ends too early', () => {
    expect(runCli(['audit', fixture('cli-trailing-text.har')]).stderr).toMatch(/is not valid JSON \(error at line 3, column 1\)\.\n$/);
    expect(runCli(['audit', fixture('cli-truncated.har')]).stderr).toMatch(/is not valid JSON \(it ends too early\)\.\n$/);
  });

  it('translates the error line', () => {
    const run = runCli(['audit', fixture('cli-no-such-file.har'), '--lang', 'ko']);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toMatch(HANGUL);
  });

  it('accepts a file that starts with a UTF-8 byte order mark', () => {
    const run = runCli(['audit', fixture('cli-bom.har'), '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ schema: 'crumbtrail.report/v1', summary: { cookies: 1 } });
  });
});

describe('crumbtrail audit: formats', () => {
  it('prints the text report: grade, cookie table, findings by severity with fixes, timelines', () => {
    const { stdout } = runCli(['audit', NOT_ROTATED]);
    expect(stdout).toContain('Grade F');
    expect(stdout).toMatch(/SESSIONID\s+shop\.example\.com\s+\/\s+session\s+✗HttpOnly ✗Secure ✗SameSite\s+held\s+Session ID/);
    expect(stdout).toMatch(/lang\s+.*persistent, 364 days left/);
    expect(stdout).toMatch(/High \(\d+\)[\s\S]*session-not-rotated[\s\S]*Fix: /);
    expect(stdout).toMatch(/SESSIONID \(shop\.example\.com\/\): server-side session\n\s+#1\s+issued\s+GET https:\/\/shop\.example\.com\/\s+200/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('colours only a terminal, and never when NO_COLOR is set', () => {
    expect(runCli(['audit', NOT_ROTATED], { NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it('prints a schema-valid crumbtrail.report/v1 as json', () => {
    const report: unknown = JSON.parse(runCli(['audit', NOT_ROTATED, '--format', 'json']).stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  });

  it('prints schema-valid SARIF 2.1.0 with one result per finding and rule help from the catalog', () => {
    const run = runCli(['audit', NOT_ROTATED, '--format', 'sarif']);
    const report = JSON.parse(runCli(['audit', NOT_ROTATED, '--format', 'json']).stdout) as { findings: { rule: string }[] };
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string; help: { text: string }; shortDescription: { text: string } }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } }; logicalLocations: { name: string }[] }[] }[] }[];
    };
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const [sarifRun] = sarif.runs;
    expect(sarif.version).toBe('2.1.0');
    expect(sarifRun?.results.map((result) => result.ruleId)).toEqual(report.findings.map((finding) => finding.rule));
    expect(sarifRun?.tool.driver.rules.every((rule) => rule.help.text.length > 0 && rule.shortDescription.text.length > 0)).toBe(true);
    expect(sarifRun?.results[0]).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'test/fixtures/har/cli-login-not-rotated.har' } }, logicalLocations: [{ name: 'SESSIONID' }] }] });
    expect(run.stdout).not.toContain(SID);
  });

  it('prints markdown with cookie names escaped for tables and code spans', () => {
    const { stdout, status } = runCli(['audit', fixture('cli-markdown-names.har'), '--format', 'markdown']);
    expect(status).toBe(0);
    expect(stdout).toContain('| pipe\\|name |');
    expect(stdout).toContain('| tick\\`name |');
    const tableRows = stdout.split('\n').filter((line) => line.startsWith('| '));
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    expect(new Set(tableRows.map(cells)).size).toBe(1);
  });

  it('prints markdown findings and collapsed timelines', () => {
    const { stdout } = runCli(['audit', NOT_ROTATED, '--format', 'markdown']);
    expect(stdout).toMatch(/^## Crumbtrail cookie audit/);
    expect(stdout).toContain('**session\\-not\\-rotated**');
    expect(stdout).toContain('<details>');
    expect(stdout).not.toContain(SID);
  });
});

describe('crumbtrail audit: values and languages', () => {
  it.each(['text', 'json', 'markdown', 'sarif'])('masks values by default in %s', (format) => {
    const { stdout } = runCli(['audit', NOT_ROTATED, '--format', format]);
    expect(stdout).not.toContain(SID);
  });

  it('reveals values with --reveal', () => {
    const { stdout } = runCli(['audit', NOT_ROTATED, '--reveal']);
    expect(stdout).toContain(SID);
    expect(stdout).toContain(`sid=${SID}`);
  });

  it('speaks Korean with --lang ko and with LANG=ko_KR.UTF-8', () => {
    const flag = runCli(['audit', NOT_ROTATED, '--lang', 'ko']).stdout;
    const env = runCli(['audit', NOT_ROTATED], { LANG: 'ko_KR.UTF-8' }).stdout;
    expect(flag).toContain('등급 F');
    expect(flag).toContain('세션 ID');
    expect(env).toBe(flag);
    expect(runCli(['audit', NOT_ROTATED, '--lang', 'en'], { LANG: 'ko_KR.UTF-8' }).stdout).not.toMatch(HANGUL);
    expect(runCli(['audit', NOT_ROTATED], { LANG: 'ko_KR.UTF-8', LC_ALL: 'en_US.UTF-8' }).stdout).not.toMatch(HANGUL);
  });

  it('prints help and version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--fail-on LEVEL');
    expect(runCli(['--help'], { LANG: 'ko_KR.UTF-8' }).stdout).toMatch(HANGUL);
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout).toBe(`${pkg.version}\n`);
  });
});

describe('crumbtrail audit on real HAR exports', () => {
  const files = readdirSync(REAL_HARS).filter((name) => name.endsWith('.har'));

  it('finds the twelve files of the corpus', () => {
    expect(files).toHaveLength(12);
  });

  /** Exported without cookies: nothing to audit, which must not pass as a clean audit. */
  const SANITIZED = 'chrome132-orangehrm-sanitized-export.har';

  it.each(files.filter((name) => name !== SANITIZED))('reports on %s (exit 0 or 1, valid report)', (name) => {
    const run = runCli(['audit', path.join(REAL_HARS, name), '--format', 'json']);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.status);
    const report: unknown = JSON.parse(run.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  });

  it(`refuses ${SANITIZED} with exit 2 and one line on how to export with cookies, unless --allow-no-cookies`, () => {
    const file = path.join(REAL_HARS, SANITIZED);
    const refused = runCli(['audit', file, '--format', 'json']);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('Export HAR (with sensitive data)');
    expect(refused.stderr).toContain('--allow-no-cookies');
    const accepted = runCli(['audit', file, '--format', 'json', '--allow-no-cookies']);
    expect([0, 1]).toContain(accepted.status);
    expect(validateReport(JSON.parse(accepted.stdout)), JSON.stringify(validateReport.errors)).toBe(true);
  });
});

describe('crumbtrail audit: every cookie accounted for', () => {
  const REFUSED = fixture('refused.har');
  const REQUEST_ONLY = fixture('request-only.har');

  it('lists the cookies the browser refuses, with the reason, in the text report', () => {
    const { stdout } = runCli(['audit', REFUSED]);
    expect(stdout).toMatch(/theme\s+shop\.example\.com\s+\/\s+session\s+✗HttpOnly ✗Secure SameSite=None\s+refused at #1/);
    expect(stdout).toContain('Not stored by the browser');
    expect(stdout).toContain('theme (shop.example.com/): Browsers refuse this cookie: SameSite=None requires the Secure attribute.');
    expect(stdout).toContain('cart (shop.example.com/): Browsers would not store this cookie: name and value together exceed 4096 bytes.');
    expect(stdout).toMatch(/States: 2 held, 0 cleared, 3 refused, 0 not held; 0 with unknown lifetime; 1 withheld from requests/);
  });

  it('judges refused cookies by the cookie rules, in JSON, Markdown and SARIF', () => {
    const report = JSON.parse(runCli(['audit', REFUSED, '--format', 'json']).stdout) as {
      cookies: { name: string; state: { kind: string; reason?: string } }[];
      findings: { rule: string; cookie: { name: string } }[];
    };
    expect(report.cookies.filter((c) => c.state.kind === 'refused').map((c) => [c.name, c.state.reason])).toEqual([
      ['theme', 'samesite-none-without-secure'],
      ['__Secure-pref', 'secure-prefix-needs-secure'],
      ['cart', 'name-value-too-long'],
    ]);
    const rules = report.findings.map((f) => `${f.rule}:${f.cookie.name}`);
    expect(rules).toEqual(expect.arrayContaining(['samesite-none-without-secure:theme', 'prefix-violation:__Secure-pref', 'oversized-cookie:cart']));
    const markdown = runCli(['audit', REFUSED, '--format', 'markdown']).stdout;
    expect(markdown).toContain('### Not stored by the browser');
    expect(markdown).toContain('refused at \\#1');
    const sarif = JSON.parse(runCli(['audit', REFUSED, '--format', 'sarif']).stdout) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['samesite-none-without-secure', 'prefix-violation', 'oversized-cookie']));
  });

  it('shows the attributes and lifetime of a cookie seen only in requests as unknown, not missing, counted apart', () => {
    const { stdout } = runCli(['audit', REQUEST_ONLY]);
    expect(stdout).toMatch(/JSESSIONID\s+app\.example\.com\s+\/\s+unknown \(seen in requests only\)\s+\?HttpOnly \?Secure \?SameSite/);
    expect(stdout).not.toContain('✗HttpOnly');
    expect(stdout).toContain('Cookies: 2 (0 session, 0 persistent)');
    expect(stdout).toContain('2 with unknown lifetime');
    expect(stdout).toContain('2 cookies were seen only in requests');
    const report = JSON.parse(runCli(['audit', REQUEST_ONLY, '--format', 'json']).stdout) as { cookies: Record<string, unknown>[] };
    expect(report.cookies[0]).toMatchObject({ attributes: 'unknown', secure: null, httpOnly: null, sameSite: null, session: null, lifetimeSeconds: null });
  });

  it('tells 3 requests carrying a value from one: a sent event with its count and last entry', () => {
    const report = JSON.parse(runCli(['audit', REQUEST_ONLY, '--format', 'json']).stdout) as { sessions: { events: Record<string, unknown>[] }[] };
    expect(report.sessions[0]?.events).toEqual([expect.objectContaining({ type: 'sent', entry: 0, count: 3, lastEntry: 2 })]);
    expect(runCli(['audit', REQUEST_ONLY]).stdout).toContain('sent ×3 (to #3)');
  });
});
