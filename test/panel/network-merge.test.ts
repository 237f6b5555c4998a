import { describe, expect, it } from 'vitest';
import { unrecorded } from '../../src/core/exchange.ts';
import type { JsonValue } from '../../src/core/json.ts';
import { exchangesOfEntries } from '../../src/panel/network-merge.ts';
import { loginFlow } from '../ui/login-flow.ts';

const harEntry = (method: string, url: string, startedAt: number, cookie: string): JsonValue => ({
  startedDateTime: new Date(startedAt).toISOString(),
  request: { method, url, httpVersion: 'HTTP/1.1', headers: [{ name: 'Cookie', value: cookie }], cookies: [] },
  response: { status: 200, headers: [], cookies: [] },
});

describe('DevTools entries for the recording', () => {
  const recorded = loginFlow();
  const first = recorded[0];
  if (first === undefined) throw new Error('fixture');

  it('skips DevTools entries the recorder already has (same method and URL within 2 s)', () => {
    expect(unrecorded(recorded, exchangesOfEntries([harEntry('GET', first.url, first.startedAt + 1500, 'theme=dark')]))).toEqual([]);
  });

  it('adds the others once each, as exchanges with their headers', () => {
    const entries = [
      harEntry('GET', first.url, first.startedAt + 2500, 'theme=dark'),
      harEntry('POST', first.url, first.startedAt + 500, 'theme=dark'),
      harEntry('POST', first.url, first.startedAt + 600, 'theme=dark'),
      harEntry('GET', 'https://app.example.test/late', first.startedAt + 60_000, 'JSESSIONID=x'),
    ];
    const added = unrecorded(recorded, exchangesOfEntries(entries));
    expect(added.map((exchange) => [exchange.method, exchange.id])).toEqual([
      ['GET', 'devtools-0'],
      ['POST', 'devtools-1'],
      ['GET', 'devtools-3'],
    ]);
    expect(added.at(-1)?.requestHeaders).toEqual([{ name: 'Cookie', value: 'JSESSIONID=x' }]);
    expect(added.every((exchange) => exchange.requestHeadersSeen)).toBe(true);
  });

  it('ignores entries that are not requests', () => {
    expect(exchangesOfEntries([null, 'x', { request: {} }])).toEqual([]);
  });
});
