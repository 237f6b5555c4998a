import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../src/core/json.ts';
import { mergeNetworkEntries } from '../../src/panel/network-merge.ts';
import { loginFlow } from '../ui/login-flow.ts';

const PAGE = 'https://app.example.test/';

const harEntry = (method: string, url: string, startedAt: number, cookie: string): JsonValue => ({
  startedDateTime: new Date(startedAt).toISOString(),
  request: { method, url, httpVersion: 'HTTP/1.1', headers: [{ name: 'Cookie', value: cookie }], cookies: [] },
  response: { status: 200, headers: [], cookies: [] },
});

describe('mergeNetworkEntries', () => {
  const recorded = loginFlow();
  const first = recorded[0];
  if (first === undefined) throw new Error('fixture');

  it('skips DevTools entries the recorder already has (same method and URL within 2 s)', () => {
    const merged = mergeNetworkEntries(recorded, [harEntry('GET', first.url, first.startedAt + 1500, 'theme=dark')], PAGE);
    expect(merged).toEqual(recorded);
  });

  it('adds the others in time order, tied to the inspected page', () => {
    const entries = [
      harEntry('GET', first.url, first.startedAt + 2500, 'theme=dark'),
      harEntry('POST', first.url, first.startedAt + 500, 'theme=dark'),
      harEntry('GET', 'https://app.example.test/late', first.startedAt + 60_000, 'JSESSIONID=x'),
    ];
    const merged = mergeNetworkEntries(recorded, entries, PAGE);
    expect(merged).toHaveLength(recorded.length + 3);
    expect(merged.map((exchange) => exchange.startedAt)).toEqual([...merged.map((e) => e.startedAt)].sort((a, b) => a - b));
    const added = merged.filter((exchange) => exchange.id.startsWith('devtools-'));
    expect(added.map((exchange) => [exchange.method, exchange.pageUrl])).toEqual([
      ['POST', PAGE],
      ['GET', PAGE],
      ['GET', PAGE],
    ]);
    expect(added.at(-1)?.requestHeaders).toEqual([{ name: 'Cookie', value: 'JSESSIONID=x' }]);
  });

  it('ignores entries that are not requests', () => {
    expect(mergeNetworkEntries(recorded, [null, 'x', { request: {} }], PAGE)).toEqual(recorded);
  });
});
