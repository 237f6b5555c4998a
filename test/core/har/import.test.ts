import { describe, expect, it } from 'vitest';
import { createHarEntryReader, importHar } from '../../../src/core/har/import.ts';
import { isJsonObject, type JsonValue } from '../../../src/core/json.ts';
import type { Exchange } from '../../../src/core/exchange.ts';
import { fixture, importFile, importOk, readJson } from './load-har.ts';

const headerValues = (exchange: Exchange | undefined, name: string): string[] =>
  (exchange?.response.kind === 'received' ? exchange.response.headers : [])
    .filter((header) => header.name.toLowerCase() === name)
    .map((header) => header.value);

const requestHeader = (exchange: Exchange | undefined, name: string): string[] =>
  (exchange?.requestHeaders ?? []).filter((header) => header.name.toLowerCase() === name).map((header) => header.value);

describe('importHar: documents that are not a HAR', () => {
  it.each([
    ['broken-not-object.har', 'not-an-object'],
    ['broken-no-log.har', 'no-log'],
    ['broken-no-entries.har', 'no-entries'],
    ['broken-entries-not-array.har', 'entries-not-an-array'],
  ])('%s is the error %s', (file, kind) => {
    expect(importFile(fixture(file))).toEqual({ kind: 'error', error: { kind } });
  });

  it.each<[JsonValue, string]>([
    [null, 'not-an-object'],
    ['{"log":{}}', 'not-an-object'],
    [42, 'not-an-object'],
    [{ log: 'x' }, 'no-log'],
    [{ log: [] }, 'no-log'],
    [{ log: { entries: null } }, 'entries-not-an-array'],
  ])('%j is the error %s', (doc, kind) => {
    expect(importHar(doc)).toEqual({ kind: 'error', error: { kind } });
  });

  it('reads an empty entries array as an empty recording, not an error', () => {
    expect(importHar({ log: { version: '1.2', entries: [] } })).toEqual({ kind: 'ok', exchanges: [], page: '', warnings: [] });
  });
});

describe('importHar: entries it cannot use', () => {
  it('skips garbage entries, counts them, and keeps the HAR entry index as the exchange id', () => {
    const imported = importOk(fixture('broken-entry-garbage.har'));
    expect(imported.exchanges.map((exchange) => exchange.id)).toEqual(['6']);
    expect(imported.warnings).toContainEqual({ kind: 'entries-skipped', entries: 6, firstEntry: 0 });
  });
});

describe('importHar: exporter quirks', () => {
  const imported = importOk(fixture('quirks.har'));
  const [first, second, upload, numbers, fallback, noResponse] = imported.exchanges;

  it('warns about HAR 1.1 only when the version is unknown', () => {
    expect(imported.warnings.some((warning) => warning.kind === 'unknown-version')).toBe(false);
    const odd = importHar({ log: { version: '0.9', entries: [] } });
    expect(odd.kind === 'ok' && odd.warnings).toEqual([{ kind: 'unknown-version', version: '0.9' }]);
  });

  it('splits a "\\n"-joined Set-Cookie into one header per cookie and keeps name case', () => {
    expect(headerValues(first, 'set-cookie')).toEqual([
      expect.stringMatching(/^SESSIONID=/),
      'lang=ko; Path=/',
      'theme=dark; PATH=/',
    ]);
  });

  it('drops HTTP/2 pseudo-headers and keeps the rest in order', () => {
    expect(first?.requestHeaders.map((header) => header.name)).toEqual(['accept']);
  });

  it('reads an array-valued header as one header per value', () => {
    expect(headerValues(second, 'set-cookie')).toEqual(['a=1; Path=/', 'b=2; Path=/']);
  });

  it('keeps file order and records entries with a missing or invalid startedDateTime', () => {
    expect(imported.exchanges.map((exchange) => exchange.id)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(imported.warnings).toContainEqual({ kind: 'invalid-started-date-time', entries: 2, firstEntry: 0 });
    expect(second?.startedAt).toBe(first?.startedAt);
    expect(upload?.startedAt).toBe(Date.parse('2026-03-02T09:00:02.000Z'));
  });

  it('keeps only the field names of a multipart body', () => {
    expect(upload?.requestBody).toEqual({ kind: 'fields', names: ['title', 'file'] });
    expect(JSON.stringify(upload)).not.toContain('hello');
  });

  it('keeps number header values as text and counts headers that are not name/value text', () => {
    expect(requestHeader(numbers, 'x-count')).toEqual(['3']);
    expect(imported.warnings).toContainEqual({ kind: 'invalid-headers', headers: 1 });
  });

  it('uses the cookies arrays only when the header lines are missing', () => {
    expect(requestHeader(second, 'cookie')).toEqual([expect.stringMatching(/^SESSIONID=/)]);
    expect(JSON.stringify(second)).not.toContain('ignored');
    expect(requestHeader(fallback, 'cookie')).toEqual([expect.stringMatching(/^SESSIONID=[0-9a-f]{32}$/)]);
    expect(headerValues(fallback, 'set-cookie')).toEqual(['remember=yes; Path=/; Expires=Wed, 01 Apr 2026 00:00:00 GMT; HttpOnly; Secure']);
    expect(imported.warnings).toContainEqual({ kind: 'cookies-from-arrays', entries: 1 });
  });

  it('reads an entry without a response as one that got none', () => {
    expect(noResponse?.response).toEqual({ kind: 'none' });
    expect(imported.warnings).toContainEqual({ kind: 'no-response', entries: 1 });
  });
});

describe('importHar: request bodies become field names only', () => {
  const bodyOf = (postData: JsonValue): Exchange['requestBody'] | undefined => {
    const imported = importHar({ log: { entries: [{ request: { method: 'POST', url: 'https://a.example/', postData } }] } });
    return imported.kind === 'ok' ? imported.exchanges[0]?.requestBody : undefined;
  };

  it.each<[string, JsonValue, readonly string[]]>([
    ['params', { mimeType: 'application/x-www-form-urlencoded', params: [{ name: 'account', value: 'admin' }, { name: 'password', value: 'x' }] }, ['account', 'password']],
    ['urlencoded text', { mimeType: 'application/x-www-form-urlencoded', params: [], text: 'user%5Bname%5D=kim&pass+word=x&flag' }, ['user[name]', 'pass word', 'flag']],
    ['urlencoded text without a type', { text: 'log=&pwd=&wp-submit=Log+In' }, ['log', 'pwd', 'wp-submit']],
    ['nested JSON', { mimeType: 'application/json', text: '{"user":{"email":"a@b.c","password":"x"},"list":[{"otp":"1"}]}' }, ['user', 'email', 'password', 'list', 'otp']],
    ['empty text', { mimeType: '', text: '' }, []],
  ])('%s', (_, postData, names) => {
    expect(bodyOf(postData)).toEqual({ kind: 'fields', names });
  });

  it.each<[string, JsonValue]>([
    ['no postData', null],
    ['plain text', { mimeType: 'text/plain', text: 'hello world' }],
    ['broken JSON', { mimeType: 'application/json', text: '{"password":' }],
  ])('%s is unknown', (_, postData) => {
    expect(bodyOf(postData)).toEqual({ kind: 'unknown' });
  });
});

describe('importHar: pages', () => {
  it('uses a page title that is a URL, as Chrome and Safari write it', () => {
    const imported = importOk(fixture('leaks.har'));
    expect(imported.page).toBe('https://shop.example.org/');
    expect(new Set(imported.exchanges.map((exchange) => exchange.pageUrl))).toEqual(new Set(['https://shop.example.org/']));
  });

  it('falls back to the first document request of a page whose title is not a URL', () => {
    const imported = importHar({
      log: {
        pages: [{ id: 'p1', title: 'Shop | run 1' }],
        entries: [
          { pageref: 'p1', _resourceType: 'script', request: { url: 'https://cdn.example/a.js' } },
          { pageref: 'p1', _resourceType: 'document', request: { url: 'https://shop.example/' } },
          { request: { url: 'https://other.example/x' } },
        ],
      },
    });
    expect(imported.kind === 'ok' && imported.exchanges.map((exchange) => exchange.pageUrl)).toEqual([
      'https://shop.example/',
      'https://shop.example/',
      'https://shop.example/',
    ]);
    expect(imported.kind === 'ok' && imported.page).toBe('https://shop.example/');
  });

  it('takes the first request as the page when nothing says which request was the document', () => {
    const imported = importHar({ log: { entries: [{ request: { url: 'https://api.example/v1' } }, { request: { url: 'https://b.example/' } }] } });
    expect(imported.kind === 'ok' && imported.page).toBe('https://api.example/v1');
  });
});

describe('importHar: sanitized exports', () => {
  it('detects a Chrome export without cookies by the headersSize gap', () => {
    const imported = importOk(fixture('sanitized.har'));
    expect(imported.warnings).toEqual([{ kind: 'sanitized-export', entries: 2 }]);
  });

  it('warns more softly when no cookie data exists but the sizes do not show a gap', () => {
    const imported = importHar({ log: { entries: [{ request: { url: 'https://a.example/', headers: [], headersSize: -1 } }] } });
    const warnings = imported.kind === 'ok' ? imported.warnings : [];
    expect(warnings).toContainEqual({ kind: 'no-cookie-data', entries: 1 });
    expect(warnings.some((warning) => warning.kind === 'sanitized-export')).toBe(false);
  });

  it('does not warn when any entry has cookie data', () => {
    expect(importOk(fixture('login-rotated.har')).warnings).toEqual([]);
  });
});

describe('createHarEntryReader', () => {
  it('gives what importHar gives, fed one entry at a time with pages arriving last', () => {
    const doc = readJson(fixture('leaks.har'));
    const reader = createHarEntryReader();
    const log = isJsonObject(doc) ? doc['log'] : undefined;
    const fields = isJsonObject(log) ? log : {};
    const entries = fields['entries'];
    reader.version(fields['version']);
    for (const entry of Array.isArray(entries) ? entries : []) reader.entry(entry);
    reader.pages(fields['pages']);
    expect(reader.finish()).toEqual(importHar(doc));
  });
});
