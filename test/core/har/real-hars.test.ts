import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOk, realHar, REAL_HARS } from './load-har.ts';

/** Entry counts from the corpus README. */
const ENTRIES: Readonly<Record<string, number>> = {
  'firefox55-bgtrain-login-session-not-rotated.har': 2,
  'firefox55-bgtrain-multipart-login-same-session-reissued.har': 23,
  'fiddler5-zentao-login-bom.har': 1,
  'fiddler5-zentao-logout-session-kept.har': 1,
  'chrome60-walmart-dev-jwt-cookie.har': 270,
  'chrome66-arcelormittal-awselb-incapsula.har': 40,
  'chrome63-mytoys-sso-jsessionid-route.har': 50,
  'chrome104-requestgenerator-large-3.7mb.har': 665,
  'chrome132-orangehrm-sanitized-export.har': 34,
  'charles461-postman-echo-session-rotating.har': 37,
  'pollyjs120-jsonplaceholder-setcookie-array.har': 1,
  'safari-wordpress-empty-login.har': 2,
};

const setCookieLines = (file: string): number =>
  importOk(realHar(file)).exchanges.reduce(
    (sum, exchange) =>
      sum + (exchange.response.kind === 'received' ? exchange.response.headers.filter((h) => h.name.toLowerCase() === 'set-cookie').length : 0),
    0,
  );

describe('importHar on the real HAR corpus', () => {
  it('has the twelve files the README lists', () => {
    expect(readdirSync(REAL_HARS).filter((file) => file.endsWith('.har')).sort()).toEqual(Object.keys(ENTRIES).sort());
  });

  it.each(Object.entries(ENTRIES))('imports %s with every entry', (file, entries) => {
    const imported = importOk(realHar(file));
    expect(imported.exchanges).toHaveLength(entries);
    expect(imported.warnings.some((warning) => warning.kind === 'entries-skipped')).toBe(false);
  });

  it('warns only about the sanitized Chrome 132 export, and with the size evidence', () => {
    for (const file of Object.keys(ENTRIES)) {
      const sanitized = importOk(realHar(file)).warnings.filter((w) => w.kind === 'sanitized-export' || w.kind === 'no-cookie-data');
      expect(sanitized).toEqual(file.startsWith('chrome132') ? [{ kind: 'sanitized-export', entries: 34 }] : []);
    }
  });

  it('splits chrome-har\'s "\\n"-joined Set-Cookie values into the README\'s cookie-line counts', () => {
    expect(setCookieLines('chrome60-walmart-dev-jwt-cookie.har')).toBe(600);
    expect(setCookieLines('chrome66-arcelormittal-awselb-incapsula.har')).toBe(80);
    expect(setCookieLines('chrome63-mytoys-sso-jsessionid-route.har')).toBe(44);
  });

  it('reads the Polly.JS array-valued set-cookie header', () => {
    expect(setCookieLines('pollyjs120-jsonplaceholder-setcookie-array.har')).toBe(1);
  });

  it('records the Firefox 55 entries without a response member', () => {
    const imported = importOk(realHar('firefox55-bgtrain-login-session-not-rotated.har'));
    expect(imported.exchanges.map((exchange) => exchange.response.kind)).toEqual(['none', 'none']);
    expect(imported.warnings).toContainEqual({ kind: 'no-response', entries: 2 });
  });

  it('reads login field names from urlencoded text, multipart text and Fiddler params, never values', () => {
    const names = (file: string): unknown => importOk(realHar(file)).exchanges[0]?.requestBody;
    expect(names('firefox55-bgtrain-login-session-not-rotated.har')).toEqual({ kind: 'fields', names: ['username', 'password'] });
    expect(names('firefox55-bgtrain-multipart-login-same-session-reissued.har')).toMatchObject({ kind: 'fields', names: expect.arrayContaining(['username', 'password']) });
    expect(names('fiddler5-zentao-login-bom.har')).toEqual({ kind: 'fields', names: ['account', 'password', 'referer'] });
    expect(JSON.stringify(importOk(realHar('fiddler5-zentao-login-bom.har')).exchanges[0]?.requestBody)).not.toContain('test123');
  });

  it('parses Fiddler\'s 7-digit fractional seconds', () => {
    expect(importOk(realHar('fiddler5-zentao-login-bom.har')).exchanges[0]?.startedAt).toBe(Date.parse('2021-04-02T14:30:25.703+08:00'));
  });

  it('drops HTTP/2 and HTTP/3 pseudo-headers', () => {
    const imported = importOk(realHar('chrome104-requestgenerator-large-3.7mb.har'));
    expect(imported.exchanges.some((exchange) => exchange.requestHeaders.some((header) => header.name.startsWith(':')))).toBe(false);
  });

  it('resolves chrome-har page titles, which are not URLs, to the page\'s first document', () => {
    expect(importOk(realHar('chrome66-arcelormittal-awselb-incapsula.har')).page).toBe('http://www.arcelormittal.com/');
  });
});
