import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEntrySpans } from '../../../src/core/har/entry-spans.ts';
import { importHarBytes } from '../../../src/core/har/import-bytes.ts';
import { importHar, type HarImport } from '../../../src/core/har/import.ts';
import type { JsonValue } from '../../../src/core/json.ts';
import { FIXTURES, REAL_HARS } from './load-har.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The JSON.parse path the reader replaces: the whole text, byte order mark stripped, then the importer. */
const importParsed = (bytes: Uint8Array): HarImport | 'invalid-json' => {
  let doc: JsonValue;
  try {
    doc = JSON.parse(decoder.decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return 'invalid-json';
  }
  return importHar(doc);
};

/**
 * The reader's contract: it never accepts a file the JSON.parse path rejects, and whatever it accepts
 * imports exactly as that path imports it. (When it declines, the CLI parses the file whole.)
 */
const expectSameAsParse = (bytes: Uint8Array): HarImport | null => {
  const read = importHarBytes(bytes);
  if (read !== null) expect(read).toEqual(importParsed(bytes));
  return read;
};

const harFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.har') || name.endsWith('.json'))
    .map((name) => path.join(dir, name));

const harText = (entries: readonly unknown[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ log: { version: '1.2', creator: { name: 'test', version: '1' }, pages: [], entries, ...extra } });

const entryWithBody = (text: unknown, more: Record<string, unknown> = {}) => ({
  startedDateTime: '2026-03-02T09:00:00.000Z',
  request: {
    method: 'POST',
    url: 'https://app.example.com/login',
    headers: [{ name: 'Cookie', value: 'sid=1; theme="dark\\\\"' }],
    postData: { mimeType: 'application/x-www-form-urlencoded', text: 'user=a&password=b' },
  },
  response: {
    status: 200,
    headers: [{ name: 'Set-Cookie', value: 'sid=2; Path=/; HttpOnly' }],
    content: { size: 10, mimeType: 'text/html', text, encoding: 'base64' },
  },
  ...more,
});

describe('importHarBytes on every HAR at hand', () => {
  it.each([...harFiles(FIXTURES), ...harFiles(REAL_HARS)])('gives the JSON.parse path\'s import of %s', (file) => {
    const bytes = readFileSync(file);
    const read = expectSameAsParse(bytes);
    const parsed = importParsed(bytes);
    // Every readable HAR goes through the reader; only broken files and non-HARs are left to the whole parse.
    expect(read === null).toBe(parsed === 'invalid-json' || parsed.kind === 'error');
  });
});

describe('importHarBytes leaves bodies out', () => {
  it('finds the response body of each entry, and only that string', () => {
    const text = harText([entryWithBody('PGh0bWw+'), { request: { url: 'https://a.example/' } }, entryWithBody({ not: 'a string' })]);
    const bytes = encoder.encode(text);
    const spans = findEntrySpans(bytes);
    if (spans.kind !== 'found') throw new Error(spans.reason);
    const bodies = spans.entries.map((entry) => entry.bodies.map((body) => text.slice(body.start, body.end)));
    expect(bodies).toEqual([['"PGh0bWw+"'], [], []]);
    expect(expectSameAsParse(bytes)).not.toBeNull();
  });

  it('keeps request bodies: login field names come from them', () => {
    const read = expectSameAsParse(encoder.encode(harText([entryWithBody('x')])));
    expect(read?.kind === 'ok' && read.exchanges[0]?.requestBody).toEqual({ kind: 'fields', names: ['user', 'password'] });
  });

  it('reads bodies of megabytes, base64 or text full of escapes, as the JSON.parse path does', () => {
    const image = 'iVBORw0KGgo'.repeat(200_000);
    const page = '<p class="x">\n\t"quoted" \\ 쿠키 \u2028 </p>'.repeat(20_000);
    expect(expectSameAsParse(encoder.encode(harText([entryWithBody(image), entryWithBody(page)])))).not.toBeNull();
  });

  it('reads bodies with every escape JSON has, and with repeated keys', () => {
    const body = '"\\/\b\f\n\r\t\u0000\u001f\u007f\ud800\udc00 é';
    const text = harText([entryWithBody(body)]).replace('"text":', '"text":"first","text":');
    expect(expectSameAsParse(encoder.encode(text))).not.toBeNull();
  });

  it('reads entries that are not objects, nested containers, whitespace and a byte order mark', () => {
    const entries = [1, null, 'x', [entryWithBody('a')], { request: { url: 'https://a.example/', nested: [[{ a: [] }], {}] } }, entryWithBody('b')];
    const spaced = JSON.stringify(JSON.parse(harText(entries)), null, '\t').replaceAll('\n', '\r\n');
    expect(expectSameAsParse(encoder.encode(`\uFEFF ${spaced}\n`))).not.toBeNull();
  });

  it('accepts invalid UTF-8 in a body, which decodes to U+FFFD on the JSON.parse path too', () => {
    const [before = '', after = ''] = harText([entryWithBody('@@')]).split('@@');
    const bytes = Uint8Array.from([...encoder.encode(before), 0xe4, 0xff, 0xc3, ...encoder.encode(after)]);
    expect(expectSameAsParse(bytes)).not.toBeNull();
  });
});

describe('importHarBytes on broken files', () => {
  const valid = harText([entryWithBody('PGh0bWw+\\n'), entryWithBody('second')]);

  it('declines a file cut at any byte, leaving the error to the whole parse', () => {
    const bytes = encoder.encode(valid);
    for (let end = 0; end < bytes.length; end += 1) expect(importHarBytes(bytes.subarray(0, end)), String(end)).toBeNull();
  });

  it.each([
    ['a raw control character in a body', valid.replace('PGh0bWw+', 'PGh0\u0001bWw+')],
    ['a raw newline in a body', valid.replace('PGh0bWw+', 'PGh0\nbWw+')],
    ['an escape JSON has not in a body', valid.replace('PGh0bWw+', 'PGh0\\xbWw+')],
    ['a cut-off unicode escape in a body', valid.replace('PGh0bWw+', 'PGh0\\u00')],
    ['a bad number beside the body', valid.replace('"size":10', '"size":1e')],
    ['a missing comma', valid.replace(',"response"', '"response"')],
    ['trailing text', `${valid} x`],
    ['an escaped key that may be "entries"', valid.replace('"entries"', '"entr\\u0069es"')],
    ['two logs', valid.replace('{"log":', '{"log":{},"log":')],
  ])('declines %s', (_, text) => {
    expect(importHarBytes(encoder.encode(text))).toBeNull();
  });

  it('never accepts what JSON.parse rejects, nor imports differently, under random damage', () => {
    const bytes = encoder.encode(valid);
    const damage = fc.record({
      at: fc.integer({ min: 0, max: bytes.length - 1 }),
      byte: fc.constantFrom(0x00, 0x0a, 0x09, 0x20, 0x22, 0x5c, 0x2c, 0x3a, 0x7b, 0x7d, 0x5b, 0x5d, 0x75, 0x30, 0x80, 0xff, 0x61),
      insert: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (changes) => {
        let damaged = bytes;
        for (const { at, byte, insert } of changes) {
          const next = Uint8Array.from([...damaged.subarray(0, at), byte, ...damaged.subarray(insert ? at : at + 1)]);
          damaged = next;
        }
        const read = importHarBytes(damaged);
        const parsed = importParsed(damaged);
        if (parsed === 'invalid-json' || parsed.kind === 'error') expect(read).toBeNull();
        else if (read !== null) expect(read).toEqual(parsed);
      }),
      { numRuns: 1500 },
    );
  });
});
