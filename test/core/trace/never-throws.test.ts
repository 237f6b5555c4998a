import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importHar } from '../../../src/core/har/import.ts';
import { isJsonObject, type JsonValue } from '../../../src/core/json.ts';
import { traceSessions } from '../../../src/core/trace/trace.ts';
import { readJson, realHar } from '../har/load-har.ts';
import { NOW } from './trace-har.ts';

/** Through JSON text, as a HAR file reaches the importer (fast-check's JSON values may hold `undefined`). */
const asJson = (value: unknown): JsonValue => {
  const parsed: JsonValue = JSON.parse(JSON.stringify(value) ?? 'null');
  return parsed;
};

const importAndTrace = (value: unknown): void => {
  const imported = importHar(asJson(value));
  if (imported.kind === 'ok') traceSessions(imported.exchanges, { now: NOW });
};

/** Real entries from three exporters (Chrome, Firefox, Fiddler), to mutate. */
const realEntries = (['chrome63-mytoys-sso-jsessionid-route.har', 'firefox55-bgtrain-login-session-not-rotated.har', 'fiddler5-zentao-logout-session-kept.har'] as const).flatMap(
  (file) => {
    const doc = readJson(realHar(file));
    const log = isJsonObject(doc) ? doc['log'] : undefined;
    const entries = isJsonObject(log) ? log['entries'] : undefined;
    return Array.isArray(entries) ? entries.slice(0, 12) : [];
  },
);

/** Replaces the value at a random path inside a JSON value with another arbitrary value. */
const mutate = (value: JsonValue, path: readonly number[], replacement: JsonValue): JsonValue => {
  const [step, ...rest] = path;
  if (step === undefined || value === null || typeof value !== 'object') return replacement;
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement;
    const index = step % value.length;
    return value.map((item, i) => (i === index ? mutate(item, rest, replacement) : item));
  }
  if (!isJsonObject(value)) return replacement;
  const keys = Object.keys(value);
  const key = keys[step % Math.max(keys.length, 1)];
  if (key === undefined) return replacement;
  return { ...value, [key]: mutate(value[key] ?? null, rest, replacement) };
};

const httpish = fc.oneof(
  fc.webUrl({ withQueryParameters: true }),
  fc.constantFrom('http://localhost/a;jsessionid=ABCDEFGH12345678', 'https://a.example/?sid=x', 'ws://[::1]/', 'https://xn--bcher-kva.example/'),
);

const headerArb = fc.record({
  name: fc.oneof(fc.constantFrom('Cookie', 'Set-Cookie', 'set-cookie', 'Authorization', 'Referer', ':path'), fc.string()),
  value: fc.oneof(fc.string(), fc.constant('Bearer eyJhbGciOiJub25lIn0.e30.'), fc.array(fc.string()), fc.integer()),
});

const entryArb = fc.record(
  {
    startedDateTime: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string()),
    pageref: fc.constantFrom('p1', 'p2', 'nope'),
    request: fc.record(
      {
        method: fc.constantFrom('GET', 'POST', 'DELETE', 'post'),
        url: httpish,
        headers: fc.array(headerArb, { maxLength: 6 }),
        cookies: fc.array(fc.record({ name: fc.string(), value: fc.string() }), { maxLength: 3 }),
        postData: fc.record({ mimeType: fc.constantFrom('application/json', 'multipart/form-data', ''), text: fc.string(), params: fc.jsonValue() }, { requiredKeys: [] }),
        headersSize: fc.integer(),
      },
      { requiredKeys: ['url'] },
    ),
    response: fc.record(
      {
        status: fc.oneof(fc.integer({ min: -1, max: 600 }), fc.constant(200)),
        headers: fc.array(headerArb, { maxLength: 6 }),
        cookies: fc.jsonValue(),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['request'] },
);

describe('importHar and traceSessions never throw', () => {
  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => {
        expect(() => importAndTrace({ log: { entries: [doc] } })).not.toThrow();
        expect(() => importAndTrace(doc)).not.toThrow();
        expect(() => importAndTrace({ log: doc })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('on HAR-shaped entries with arbitrary headers, URLs, bodies and statuses', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 8 }), fc.jsonValue(), (entries, pages) => {
        expect(() => importAndTrace({ log: { version: '1.2', pages, entries } })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('on real entries with one value anywhere replaced by arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.jsonValue({ maxDepth: 2 }),
        (picks, path, replacement) => {
          const entries = picks.map((pick) => realEntries[pick % realEntries.length] ?? null);
          const mutated = mutate(entries, [picks[0] ?? 0, ...path], asJson(replacement));
          expect(() => importAndTrace({ log: { entries: mutated } })).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});
