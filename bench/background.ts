/**
 * Row 6: the background under load in real Chromium: a page makes 20,000 real HTTP requests to a server on
 * 127.0.0.1, every one through the browser's webRequest events into the recorder. Counts what was recorded
 * and dropped against what the server answered, samples the service worker's heap, and reads the badge.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession } from 'playwright-core';
import { launchChromium, type ChromiumBrowser } from '../test/e2e/support/chromium.ts';
import { waitUntil } from '../test/e2e/support/extension.ts';

const REQUESTS = 20_000;
/** Requests the page keeps in flight, as a busy page does. */
const IN_FLIGHT = 6;
const SAMPLE_MS = 500;
/** The badge is recounted at most once a second; after the last request it gets this long to settle. */
const SETTLE_MS = 3000;

/**
 * The page: loads with a session cookie, then fetches /r/0 … /r/N-1, IN_FLIGHT at a time, reading each body
 * (Chromium stalls a page that leaves 16,384 response bodies unread).
 */
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>busy</title></head><body><script>
(async () => {
  let next = 0;
  const worker = async () => { while (next < ${REQUESTS}) { const i = next; next += 1; await (await fetch('/r/' + i)).text(); } };
  await Promise.all(Array.from({ length: ${IN_FLIGHT} }, worker));
  document.title = 'done';
})();
</script></body></html>`;

/** Every 1,000th answer renews a cookie, as a session store or an analytics script does. */
const answer = (served: { count: number }) => (req: IncomingMessage, res: ServerResponse): void => {
  served.count += 1;
  const path = req.url ?? '/';
  if (path === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Set-Cookie': ['sessionid=s0; Path=/', 'theme=dark; Path=/; Max-Age=86400'] });
    res.end(PAGE);
    return;
  }
  const n = Number(path.slice(3));
  const cookies = n % 1000 === 0 ? { 'Set-Cookie': `sessionid=s${n}; Path=/` } : {};
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...cookies });
  res.end(`{"n":${n}}`);
};

interface HeapSampler {
  /** Used heap in MB, every SAMPLE_MS while the requests run. */
  readonly samples: number[];
  /** Used heap after a full garbage collection, before the run: what the worker holds on to. */
  readonly settledBefore: number;
  /** The used heap after a full garbage collection, now. */
  settle(): Promise<number>;
  /** Stops sampling; the used heap after a full garbage collection at the end. */
  stop(): Promise<number>;
}

type WorkerCommand = (method: 'Runtime.getHeapUsage' | 'HeapProfiler.collectGarbage') => Promise<unknown>;

/** CDP commands to the extension's service worker, through the browser's session (Playwright has no worker sessions). */
const workerCommands = async (chromium: ChromiumBrowser): Promise<{ readonly send: WorkerCommand; readonly detach: () => Promise<void> }> => {
  const session: CDPSession = chromium.browserSession;
  const { targetInfos } = await session.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${chromium.extensionId}/`));
  if (worker === undefined) throw new Error('no service worker target');
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  const waiting = new Map<number, (result: unknown) => void>();
  let lastId = 0;
  session.on('Target.receivedMessageFromTarget', ({ sessionId: from, message }) => {
    if (from !== sessionId) return;
    const parsed: unknown = JSON.parse(message);
    const id: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'id') : undefined;
    if (typeof id !== 'number') return;
    waiting.get(id)?.(Reflect.get(parsed as object, 'result'));
    waiting.delete(id);
  });
  const send: WorkerCommand = (method) => {
    lastId += 1;
    const id = lastId;
    const answered = new Promise<unknown>((resolve) => waiting.set(id, resolve));
    void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(() => undefined);
    return answered;
  };
  return { send, detach: async () => void (await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined)) };
};

const usedMb = (result: unknown): number => {
  const used: unknown = typeof result === 'object' && result !== null ? Reflect.get(result, 'usedSize') : undefined;
  return typeof used === 'number' ? used / 1024 / 1024 : Number.NaN;
};

/** Samples the service worker's used JS heap (CDP Runtime.getHeapUsage) every SAMPLE_MS. */
const sampleWorkerHeap = async (chromium: ChromiumBrowser): Promise<HeapSampler> => {
  const worker = await workerCommands(chromium);
  const settled = async (): Promise<number> => {
    await worker.send('HeapProfiler.collectGarbage');
    return usedMb(await worker.send('Runtime.getHeapUsage'));
  };
  const settledBefore = await settled();
  const samples: number[] = [];
  const sample = (): void => void worker.send('Runtime.getHeapUsage').then((result) => samples.push(usedMb(result)));
  sample();
  const timer = setInterval(sample, SAMPLE_MS);
  return {
    samples,
    settledBefore,
    settle: settled,
    stop: async () => {
      clearInterval(timer);
      const after = await settled();
      await worker.detach();
      return after;
    },
  };
};

const badgeText = (chromium: ChromiumBrowser, tabId: number): Promise<string> =>
  chromium.worker.evaluate((id) => (Reflect.get(globalThis, 'chrome') as { action: { getBadgeText(details: { tabId: number }): Promise<string> } }).action.getBadgeText({ tabId: id }), tabId);

const mb = (value: number | undefined): string => `${(value ?? Number.NaN).toFixed(1)} MB`;

export const backgroundRow = async (): Promise<void> => {
  console.log(`\nRow 6. Background in real Chromium: one page makes ${REQUESTS.toLocaleString('en')} real requests to 127.0.0.1 (${IN_FLIGHT} in flight), every one through webRequest into the recorder`);
  const served = { count: 0 };
  const server = createServer(answer(served));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const chromium = await launchChromium({ lang: 'en' });
  try {
    const heap = await sampleWorkerHeap(chromium);
    const started = performance.now();
    const tab = await chromium.context.newPage();
    await tab.goto(url);
    // Halfway through, what the worker holds on to once more: the same as at the end if it stays bounded.
    let halfway: Promise<number> | null = null;
    const watch = setInterval(() => {
      if (halfway === null && served.count >= REQUESTS / 2) halfway = heap.settle();
    }, 100);
    await tab.waitForFunction(() => document.title === 'done', undefined, { timeout: 600_000 });
    clearInterval(watch);
    const loadedMs = performance.now() - started;
    const tabId = await chromium.tabIdOf(url);
    // Every request the server answered reaches the recorder, a moment after the page saw its response.
    const recording = await waitUntil('every request to be recorded or dropped', async () => {
      const current = await chromium.recording(tabId);
      return current.exchanges.length + current.dropped >= served.count ? current : undefined;
    }, 120_000).catch(() => chromium.recording(tabId));
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const settledAfter = await heap.stop();
    const [badge, report] = [await badgeText(chromium, tabId), await chromium.report(tabId)];
    const { exchanges, dropped } = recording;
    const sum = exchanges.length + dropped;
    console.log(`  sent ${served.count} (the page and its requests, as the server counted them) in ${(loadedMs / 1000).toFixed(1)} s`);
    console.log(`  recorded ${exchanges.length} (the bound keeps the newest of each tab) + dropped ${dropped} = ${sum}: ${sum === served.count ? 'the counts add up' : `off by ${sum - served.count}`}`);
    const { samples } = heap;
    console.log(
      `  service worker heap, ${samples.length} samples every ${SAMPLE_MS} ms while the requests ran: first ${mb(samples[0])}, peak ${mb(Math.max(...samples))}, last ${mb(samples.at(-1))};` +
        ` after a full garbage collection ${mb(heap.settledBefore)} before the run, ${mb(await (halfway ?? Promise.resolve(Number.NaN)))} halfway, ${mb(settledAfter)} at the end`,
    );
    const high = report.summary.findings.high;
    console.log(`  badge "${badge}" against the analysis's high findings ${high}: ${badge === (high > 0 ? String(high) : '') ? 'current' : 'stale'}`);
  } finally {
    await chromium.close();
    server.closeAllConnections();
    server.close();
  }
};
