import { describe, expect, it } from 'vitest';
import { Recorder } from '../../src/background/recorder.ts';
import { exchangeKey, metaKey } from '../../src/background/stored.ts';
import type { NetworkEvent, SessionArea } from '../../src/platform/adapters.ts';
import { FakeSessionArea, facts, requestLifecycle } from './fakes.ts';

const PAGE = 'https://app.example.test/login';
const TAB_PREFIX = 'crumbtrail/tab/7/';

let instances = 0;

const recorderOver = (area: SessionArea, limit = 2000, changes: number[] = [], unknownPages: number[] = []): Recorder =>
  new Recorder({
    area,
    limit,
    onChange: (tabId) => changes.push(tabId),
    onUnknownPage: (tabId) => unknownPages.push(tabId),
    instance: `${String(instances++).padStart(15, '0')}-test`,
  });

const recordAll = (recorder: Recorder, events: readonly NetworkEvent[]): void => {
  for (const event of events) recorder.record(event);
};

const pageLoad = (requestId: string, url = PAGE): NetworkEvent[] =>
  requestLifecycle(facts(requestId, url, { kind: 'main_frame' }), [], 200, [{ name: 'Content-Type', value: 'text/html' }]);

describe('Recorder: one exchange per request', () => {
  it('turns the events of a request into one exchange with only the cookie-relevant headers', async () => {
    const recorder = recorderOver(new FakeSessionArea());
    const login = facts('41', 'https://app.example.test/session', { method: 'POST', timeStamp: 1_700_000_000_500 });
    recordAll(recorder, [
      ...pageLoad('40'),
      ...requestLifecycle(
        login,
        [
          { name: 'Cookie', value: 'pre=1' },
          { name: 'User-Agent', value: 'Chromium' },
        ],
        200,
        [
          { name: 'set-cookie', value: 'sid=abc; HttpOnly\ntheme=dark' },
          { name: 'Server', value: 'demo' },
        ],
        { kind: 'fields', names: ['user', 'password'] },
      ),
    ]);
    const { exchanges, pageUrl, dropped } = await recorder.recording(7);
    expect(pageUrl).toBe(PAGE);
    expect(dropped).toBe(0);
    expect(exchanges).toHaveLength(2);
    expect(exchanges[1]).toEqual({
      id: '41',
      startedAt: 1_700_000_000_500,
      method: 'POST',
      url: 'https://app.example.test/session',
      pageUrl: PAGE,
      requestHeaders: [{ name: 'Cookie', value: 'pre=1' }],
      requestHeadersSeen: true,
      requestBody: { kind: 'fields', names: ['user', 'password'] },
      response: {
        kind: 'received',
        status: 200,
        headers: [
          { name: 'set-cookie', value: 'sid=abc; HttpOnly' },
          { name: 'set-cookie', value: 'theme=dark' },
        ],
      },
    });
  });

  it('records each hop of a redirect chain as its own exchange', async () => {
    const recorder = recorderOver(new FakeSessionArea());
    const first = facts('9', 'https://app.example.test/login', { kind: 'main_frame', method: 'POST' });
    const second = facts('9', 'https://app.example.test/home', { kind: 'main_frame' });
    const redirectHeaders = [
      { name: 'Set-Cookie', value: 'sid=new' },
      { name: 'Location', value: '/home' },
    ];
    recordAll(recorder, [
      { type: 'request', facts: first, body: { kind: 'unknown' } },
      { type: 'request-headers', facts: first, headers: [{ name: 'Cookie', value: 'sid=old' }] },
      { type: 'response-headers', facts: first, status: 302, headers: redirectHeaders },
      { type: 'redirect', facts: first, status: 302, headers: redirectHeaders },
      ...requestLifecycle(second, [{ name: 'Cookie', value: 'sid=new' }], 200, []),
    ]);
    const { exchanges, pageUrl } = await recorder.recording(7);
    expect(exchanges.map((e) => [e.id, e.url, e.pageUrl])).toEqual([
      ['9', 'https://app.example.test/login', 'https://app.example.test/login'],
      ['9.1', 'https://app.example.test/home', 'https://app.example.test/home'],
    ]);
    expect(exchanges[0]?.response).toEqual({ kind: 'received', status: 302, headers: redirectHeaders });
    expect(exchanges[1]?.requestHeaders).toEqual([{ name: 'Cookie', value: 'sid=new' }]);
    expect(pageUrl).toBe('https://app.example.test/home');
  });

  it("records a frame's requests under the top-level page and lists the frame's document", async () => {
    const recorder = recorderOver(new FakeSessionArea());
    const frame = facts('2', 'https://tracker.other.test/frame', { kind: 'sub_frame' });
    const pixel = facts('3', 'https://tracker.other.test/pixel.gif');
    recordAll(recorder, [
      ...pageLoad('1'),
      ...requestLifecycle(frame, [], 200, [{ name: 'Set-Cookie', value: 'uid=1; SameSite=None; Secure' }]),
      ...requestLifecycle(pixel, [{ name: 'Cookie', value: 'uid=1' }], 200, []),
    ]);
    const { exchanges, frameUrls } = await recorder.recording(7);
    expect(exchanges.map((e) => e.pageUrl)).toEqual([PAGE, PAGE, PAGE]);
    expect(frameUrls).toEqual(['https://tracker.other.test/frame']);
  });

  it('ignores requests that belong to no tab', async () => {
    const area = new FakeSessionArea();
    const recorder = recorderOver(area);
    recordAll(recorder, requestLifecycle(facts('5', 'https://update.example.test/', { tabId: -1 }), [], 200, []));
    await recorder.settled();
    expect(area.items.size).toBe(0);
  });

  it('asks for the page of a tab whose first request was not a page load, and uses it from then on', async () => {
    const unknownPages: number[] = [];
    const recorder = recorderOver(new FakeSessionArea(), 2000, [], unknownPages);
    recordAll(recorder, requestLifecycle(facts('1', 'https://api.example.test/me'), [], 200, []));
    recorder.notePage(7, PAGE);
    recordAll(recorder, requestLifecycle(facts('2', 'https://cdn.other.test/x.js'), [], 200, []));
    const { exchanges, pageUrl } = await recorder.recording(7);
    expect(unknownPages).toEqual([7]);
    expect(pageUrl).toBe(PAGE);
    expect(exchanges.map((e) => e.pageUrl)).toEqual(['https://api.example.test/me', PAGE]);
  });

  it('reports every change to its tab', async () => {
    const changes: number[] = [];
    const recorder = recorderOver(new FakeSessionArea(), 2000, changes);
    recordAll(recorder, requestLifecycle(facts('1', PAGE, { tabId: 3 }), [], 200, []));
    await recorder.settled();
    expect(changes).toEqual([3, 3, 3, 3]);
  });
});

describe('Recorder: bounded per tab', () => {
  it('keeps the newest exchanges, counts the dropped ones, and stores only what it keeps', async () => {
    const area = new FakeSessionArea();
    const recorder = recorderOver(area, 3);
    for (const id of ['1', '2', '3', '4', '5']) {
      recordAll(recorder, requestLifecycle(facts(id, `https://app.example.test/${id}`), [], 200, []));
    }
    const { exchanges, dropped } = await recorder.recording(7);
    expect(exchanges.map((e) => e.id)).toEqual(['3', '4', '5']);
    expect(dropped).toBe(2);
    await recorder.settled();
    expect(area.keysStartingWith(`${TAB_PREFIX}exchange/`).sort()).toEqual(
      ['3', '4', '5'].map((id) => exchangeKey(7, id, 0)),
    );
  });

  it('when storage is full, gives up the oldest quarter of the largest recording and goes on', async () => {
    const area = new FakeSessionArea();
    area.quotaBytes = 6_000;
    const recorder = recorderOver(area);
    const bigCookie = [{ name: 'Cookie', value: 'x'.repeat(400) }];
    for (let id = 1; id <= 20; id += 1) {
      recordAll(recorder, requestLifecycle(facts(String(id), `https://app.example.test/${id}`), bigCookie, 200, []));
    }
    await recorder.settled();
    const { exchanges, dropped } = await recorder.recording(7);
    expect(dropped).toBeGreaterThan(0);
    expect(exchanges.length + dropped).toBe(20);
    expect(exchanges.at(-1)?.id).toBe('20');
    const stored = await recorderOver(area).recording(7);
    expect(stored).toEqual({ ...(await recorder.recording(7)) });
  });
});

/** The storage as one worker instance sees it: after `kill`, whatever that instance still writes is lost. */
const killable = (area: SessionArea): { readonly area: SessionArea; readonly kill: () => void } => {
  let alive = true;
  return {
    area: { readAll: () => area.readAll(), write: async (set, remove) => (alive ? area.write(set, remove) : undefined) },
    kill: () => {
      alive = false;
    },
  };
};

describe('Recorder: survives the worker stopping', () => {
  it('loses no event heard while it was still loading, when it is stopped before it applied them', async () => {
    const area = new FakeSessionArea();
    const first = killable(area);
    recordAll(recorderOver(first.area), pageLoad('1'));
    first.kill();
    const after = recorderOver(area);
    expect((await after.recording(7)).exchanges.map((e) => [e.id, e.response.kind])).toEqual([['1', 'received']]);
    await after.settled();
    expect(area.keysStartingWith('crumbtrail/journal/')).toEqual([]);
  });

  it('loses no event heard while a write was under way, when it is stopped before writing it', async () => {
    const area = new FakeSessionArea();
    // Writes land at once, as storage does once asked; only their completion can be held back.
    let held = false;
    const slow: SessionArea = {
      readAll: () => area.readAll(),
      write: (set, remove) => (held ? area.write(set, remove).then(() => new Promise<void>(() => undefined)) : area.write(set, remove)),
    };
    const before = recorderOver(slow);
    await before.settled();
    held = true;
    recordAll(before, pageLoad('1'));
    await Promise.resolve();
    recordAll(before, pageLoad('2'));
    // Stopped now: the write of page 1 never reports back, so page 2's events were never applied.
    const after = recorderOver(area);
    expect((await after.recording(7)).exchanges.map((e) => e.id)).toEqual(['1', '2']);
  });

  it('writes an event straight to the recording, without a journal entry, when nothing is pending', async () => {
    const area = new FakeSessionArea();
    const recorder = recorderOver(area);
    await recorder.settled();
    recorder.record({ type: 'request', facts: facts('9', PAGE, { kind: 'main_frame' }), body: { kind: 'unknown' } });
    expect(area.keysStartingWith('crumbtrail/journal/')).toEqual([]);
    await recorder.settled();
    expect(area.keysStartingWith(TAB_PREFIX).length).toBeGreaterThan(0);
  });

  it('a new instance over the same storage finishes the open exchange and adds new ones, no loss, no duplicate', async () => {
    const area = new FakeSessionArea();
    const before = recorderOver(area);
    const login = facts('50', 'https://app.example.test/session', { method: 'POST' });
    recordAll(before, [
      ...pageLoad('49'),
      { type: 'request', facts: login, body: { kind: 'fields', names: ['user'] } },
      { type: 'request-headers', facts: login, headers: [{ name: 'Cookie', value: 'sid=old' }] },
    ]);
    await before.settled();

    const after = recorderOver(area);
    recordAll(after, [
      { type: 'response-headers', facts: login, status: 200, headers: [{ name: 'Set-Cookie', value: 'sid=new' }] },
      { type: 'completed', facts: login, status: 200, headers: [] },
      ...requestLifecycle(facts('51', 'https://app.example.test/home'), [{ name: 'Cookie', value: 'sid=new' }], 200, []),
    ]);
    const { exchanges, pageUrl } = await after.recording(7);
    expect(pageUrl).toBe(PAGE);
    expect(exchanges.map((e) => e.id)).toEqual(['49', '50', '51']);
    expect(exchanges[1]).toMatchObject({
      requestHeaders: [{ name: 'Cookie', value: 'sid=old' }],
      requestBody: { kind: 'fields', names: ['user'] },
      response: { kind: 'received', status: 200, headers: [{ name: 'Set-Cookie', value: 'sid=new' }] },
    });
    await after.settled();
    expect(await recorderOver(area).recording(7)).toEqual(await after.recording(7));
  });

  it('continues a redirect chain across a restart with the next hop', async () => {
    const area = new FakeSessionArea();
    const before = recorderOver(area);
    const hop = facts('60', 'https://app.example.test/login', { kind: 'main_frame' });
    recordAll(before, [
      { type: 'request', facts: hop, body: { kind: 'unknown' } },
      { type: 'redirect', facts: hop, status: 302, headers: [{ name: 'Location', value: '/home' }] },
    ]);
    await before.settled();
    const after = recorderOver(area);
    recordAll(after, pageLoad('60', 'https://app.example.test/home'));
    const { exchanges } = await after.recording(7);
    expect(exchanges.map((e) => [e.id, e.url])).toEqual([
      ['60', 'https://app.example.test/login'],
      ['60.1', 'https://app.example.test/home'],
    ]);
  });

  it('applies events that arrive while it loads after the loaded state, in their order', async () => {
    const area = new FakeSessionArea();
    const before = recorderOver(area);
    const request = facts('70', 'https://app.example.test/a');
    recordAll(before, [{ type: 'request', facts: request, body: { kind: 'unknown' } }]);
    await before.settled();

    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowArea: SessionArea = { readAll: async () => gate.then(area.readAll), write: area.write };
    const after = recorderOver(slowArea);
    recordAll(after, [
      { type: 'response-headers', facts: request, status: 500, headers: [] },
      { type: 'response-headers', facts: request, status: 200, headers: [] },
    ]);
    release();
    const { exchanges } = await after.recording(7);
    expect(exchanges.map((e) => [e.id, e.response.kind === 'received' ? e.response.status : null])).toEqual([['70', 200]]);
  });

  it('finishes a bound interrupted between its write and its remove without counting a drop twice', async () => {
    const area = new FakeSessionArea();
    const before = recorderOver(area, 2);
    for (const id of ['1', '2']) recordAll(before, requestLifecycle(facts(id, `https://a.test/${id}`), [], 200, []));
    await before.settled();
    area.stopBeforeRemove = true;
    recordAll(before, requestLifecycle(facts('3', 'https://a.test/3'), [], 200, []));
    await before.settled();
    area.stopBeforeRemove = false;
    expect(area.keysStartingWith(`${TAB_PREFIX}exchange/`)).toHaveLength(3);

    const after = recorderOver(area, 2);
    const { exchanges, dropped } = await after.recording(7);
    expect(exchanges.map((e) => e.id)).toEqual(['2', '3']);
    expect(dropped).toBe(1);
    await after.settled();
    expect(area.keysStartingWith(`${TAB_PREFIX}exchange/`)).toHaveLength(2);
  });

  it('removes stored records it cannot read and leaves keys that are not its own', async () => {
    const area = new FakeSessionArea();
    area.items.set(`${TAB_PREFIX}exchange/1/0`, JSON.stringify({ tabId: 7, seq: 'first' }));
    area.items.set('someone-else', JSON.stringify({ keep: true }));
    const recorder = recorderOver(area);
    expect((await recorder.recording(7)).exchanges).toEqual([]);
    await recorder.settled();
    expect([...area.items.keys()]).toEqual(['someone-else']);
  });
});

describe('Recorder: clear', () => {
  it("forgets one tab's recording in memory and storage, and only that tab's", async () => {
    const area = new FakeSessionArea();
    const recorder = recorderOver(area);
    recordAll(recorder, [
      ...pageLoad('1'),
      ...requestLifecycle(facts('2', 'https://b.test/', { tabId: 8, kind: 'main_frame' }), [], 200, []),
    ]);
    await recorder.clear(7);
    await recorder.settled();
    expect(await recorder.recording(7)).toEqual({ pageUrl: null, exchanges: [], dropped: 0, frameUrls: [] });
    expect(area.keysStartingWith(TAB_PREFIX)).toEqual([]);
    expect(area.items.has(metaKey(8))).toBe(true);
    expect((await recorder.recording(8)).exchanges).toHaveLength(1);
  });

  it('keeps nothing of a closed tab, not even the requests that end after it closed', async () => {
    const area = new FakeSessionArea();
    const recorder = recorderOver(area);
    const late = facts('3', 'https://app.example.test/beacon');
    recordAll(recorder, [...pageLoad('1'), { type: 'request', facts: late, body: { kind: 'unknown' } }]);
    await recorder.closeTab(7);
    recordAll(recorder, [{ type: 'completed', facts: late, status: 204, headers: [] }]);
    await recorder.settled();
    expect((await recorder.recording(7)).exchanges).toEqual([]);
    expect(area.keysStartingWith(TAB_PREFIX)).toEqual([]);
  });
});

describe('Recorder: exchanges DevTools saw', () => {
  it('adopts the ones it missed, tied to the tab page, in time order, and skips the ones it has', async () => {
    const recorder = recorderOver(new FakeSessionArea());
    recordAll(recorder, pageLoad('1'));
    const [loaded] = (await recorder.recording(7)).exchanges;
    if (loaded === undefined) throw new Error('no page load');
    const early = { ...loaded, id: 'devtools-0', url: 'https://app.example.test/early', startedAt: loaded.startedAt - 5000, pageUrl: '' };
    const again = { ...loaded, id: 'devtools-1', startedAt: loaded.startedAt + 300 };
    expect(await recorder.adopt(7, [early, again])).toBe(1);
    const { exchanges } = await recorder.recording(7);
    expect(exchanges.map((e) => [e.url, e.pageUrl])).toEqual([
      ['https://app.example.test/early', PAGE],
      [PAGE, PAGE],
    ]);
    expect(new Set(exchanges.map((e) => e.id)).size).toBe(2);
    expect(await recorder.adopt(7, [early])).toBe(0);
  });
});
