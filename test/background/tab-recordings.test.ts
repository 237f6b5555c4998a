import { describe, expect, it } from 'vitest';
import { exchangeKey, metaKey, type StoredExchange, type TabMeta } from '../../src/background/stored.ts';
import { TabRecordings, type RecordSink } from '../../src/background/tab-recordings.ts';
import { facts, requestLifecycle } from './fakes.ts';

/** A sink that remembers what it was told, as storage would hold it. */
const memorySink = (): RecordSink & { readonly kept: Map<string, StoredExchange | TabMeta> } => {
  const kept = new Map<string, StoredExchange | TabMeta>();
  return { kept, put: (key, value) => kept.set(key, value), remove: (key) => kept.delete(key) };
};

const PAGE = 'https://app.example.test/';

describe('TabRecordings: assembling', () => {
  it('turns a request\'s events into one exchange and tells the sink each change', () => {
    const sink = memorySink();
    const tabs = new TabRecordings(10, sink);
    const load = facts('1', PAGE, { kind: 'main_frame' });
    for (const event of requestLifecycle(load, [{ name: 'Cookie', value: 'a=1' }], 200, [{ name: 'Set-Cookie', value: 'b=2' }])) {
      expect(tabs.apply(event)).toEqual({ kind: 'changed', tabId: 7, pageUnknown: false });
    }
    const { exchanges, pageUrl } = tabs.recording(7);
    expect(pageUrl).toBe(PAGE);
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]).toMatchObject({ requestHeadersSeen: true, response: { kind: 'received', status: 200 } });
    expect([...sink.kept.keys()].sort()).toEqual([exchangeKey(7, '1', 0), metaKey(7)].sort());
  });

  it('says when a tab\'s first request is not its page load, and ignores requests of no tab', () => {
    const tabs = new TabRecordings(10, memorySink());
    expect(tabs.apply({ type: 'request', facts: facts('2', `${PAGE}x.js`), body: { kind: 'unknown' } })).toEqual({ kind: 'changed', tabId: 7, pageUnknown: true });
    expect(tabs.apply({ type: 'request', facts: facts('3', PAGE, { tabId: -1 }), body: { kind: 'unknown' } })).toEqual({ kind: 'ignored' });
  });

  it('keeps the newest exchanges within its bound, counting the dropped ones', () => {
    const sink = memorySink();
    const tabs = new TabRecordings(2, sink);
    for (const id of ['1', '2', '3']) tabs.apply({ type: 'request', facts: facts(id, `${PAGE}${id}`), body: { kind: 'unknown' } });
    const { exchanges, dropped } = tabs.recording(7);
    expect(exchanges.map((e) => e.id)).toEqual(['2', '3']);
    expect(dropped).toBe(1);
    expect(sink.kept.has(exchangeKey(7, '1', 0))).toBe(false);
  });

  it('drops the oldest at the bound, and a request pushed out while open gets a later hop of its own', () => {
    const tabs = new TabRecordings(3, memorySink());
    tabs.apply({ type: 'request', facts: facts('slow', `${PAGE}slow`), body: { kind: 'unknown' } });
    for (const id of ['1', '2', '3', '4']) tabs.apply({ type: 'request', facts: facts(id, `${PAGE}${id}`), body: { kind: 'unknown' } });
    expect(tabs.recording(7)).toMatchObject({ dropped: 2 });
    // The pushed-out request answers at last: a hop of its own, not one that reuses the dropped exchange's id.
    tabs.apply({ type: 'completed', facts: facts('slow', `${PAGE}slow`), status: 200, headers: [] });
    expect(tabs.recording(7).exchanges.map((e) => e.id)).toEqual(['3', '4', 'slow.1']);
  });

  it('gives up the oldest quarter of the largest recording to make room', () => {
    const tabs = new TabRecordings(100, memorySink());
    for (let i = 0; i < 8; i += 1) tabs.apply({ type: 'request', facts: facts(String(i), `${PAGE}${i}`), body: { kind: 'unknown' } });
    expect(tabs.shrinkLargest()).toBe(true);
    expect(tabs.recording(7)).toMatchObject({ dropped: 2 });
    expect(new TabRecordings(1, memorySink()).shrinkLargest()).toBe(false);
  });
});
