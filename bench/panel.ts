/**
 * Row 4: the DevTools panel in real Chromium with the built extension, handed a recording of 10,000
 * exchanges and 10,000 cookies by the service worker, over the same runtime messages the background answers
 * and broadcasts with.
 */
import type { Page, Worker } from 'playwright-core';
import type { Recording } from '../src/platform/messages.ts';
import { launchChromium, type ChromiumBrowser } from '../test/e2e/support/chromium.ts';
import { liveRecording } from './live-recording.ts';
import { median } from './stats.ts';
import { tracedTasks, type Tasks } from './trace.ts';

const EXCHANGES = 10_000;
const LIVE_UPDATES = 3;
/** No tab has this id: only the bench's answer speaks for it. */
const TAB_ID = 900_000;
const VIEWPORT = { width: 1280, height: 900 };
const FIRST_RENDER_TARGET_MS = 300;
const FRAME_TARGET_MS = 16;
/** A brisk wheel or trackpad fling: five rows a frame (8,400 px/s), over the first 1,000 rows. */
const WHEEL = { label: 'wheel, 1,000 rows', scroll: { step: 5 * 28, until: 1000 * 28 } } as const;
/** The scroll bar dragged from top to bottom: two screens a frame, so every frame shows new rows only. */
const DRAG = { label: 'drag, top to bottom', scroll: { step: -2, until: -1 } } as const;
const FLOOR_FRAMES = 60;

/** What the page keeps for the bench (installed before any of the panel's scripts runs). */
interface Probe {
  firstRowMs: number | null;
  recording: boolean;
  gaps: number[];
  longTasks: number[];
}

/** Runs in the panel page before its scripts: the time its first table row is painted, frame gaps and long tasks. */
const installProbe = (): void => {
  const probe: Probe = { firstRowMs: null, recording: false, gaps: [], longTasks: [] };
  Reflect.set(globalThis, '__crumbtrailBench', probe);
  new MutationObserver((_, observer) => {
    if (document.querySelector('.cookie-row') === null) return;
    observer.disconnect();
    // The frame that shows the row: its callbacks run right before it is painted.
    requestAnimationFrame(() => {
      probe.firstRowMs = performance.now();
    });
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    if (probe.recording) for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
};

/** Runs in the page: frame gaps (requestAnimationFrame to requestAnimationFrame) until `stop` is called. */
const startFrames = (): void => {
  const probe = Reflect.get(globalThis, '__crumbtrailBench') as Probe;
  probe.recording = true;
  probe.gaps = [];
  probe.longTasks = [];
  let last = 0;
  const tick = (time: number): void => {
    if (!probe.recording) return;
    if (last > 0) probe.gaps.push(time - last);
    last = time;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

const stopFrames = (): { readonly gaps: number[]; readonly longTasks: number[] } => {
  const probe = Reflect.get(globalThis, '__crumbtrailBench') as Probe;
  probe.recording = false;
  return { gaps: probe.gaps, longTasks: probe.longTasks };
};

interface Scroll {
  /** Pixels a frame; a negative number means that many screens. */
  readonly step: number;
  /** Where to stop, in pixels from the top; a negative number means the bottom. */
  readonly until: number;
}

/** Runs in the page: scrolls the cookie table from the top, one step a frame, as a wheel or a dragged scroll bar does. */
const scrollTable = ({ step, until }: Scroll): Promise<number> =>
  new Promise((resolve) => {
    const scroller = document.querySelector('.table-scroll');
    if (scroller === null) throw new Error('no cookie table');
    scroller.scrollTop = 0;
    let steps = 0;
    const next = (): void => {
      const end = until < 0 ? scroller.scrollHeight - scroller.clientHeight : until;
      if (scroller.scrollTop >= end) {
        resolve(steps);
        return;
      }
      scroller.scrollTop = Math.min(end, scroller.scrollTop + (step < 0 ? -step * scroller.clientHeight : step));
      steps += 1;
      requestAnimationFrame(next);
    };
    requestAnimationFrame(next);
  });

/**
 * Runs in the page, once the bench is done with the panel: the browser alone, without Preact or the panel's
 * code, showing a fresh window of the same rows every frame (deep copies of two windows the table drew, in
 * turn, between the same spacers). The floor for a frame that changes every row on screen.
 */
const freshRowsEveryFrame = (frames: number): Promise<number> =>
  new Promise((resolve) => {
    const scroller = document.querySelector('.table-scroll');
    if (scroller === null) throw new Error('no cookie table');
    const drawn = (): Element[] => [...scroller.querySelectorAll('tr.cookie-row')].map((row) => row.cloneNode(true) as Element);
    const first = drawn();
    scroller.scrollTop = scroller.scrollHeight / 2;
    // By the next frame the table has drawn the rows of the middle.
    requestAnimationFrame(() => {
      const second = drawn();
      // A copy of the whole table takes its place: Preact no longer hears its scroll or touches its rows.
      const copy = scroller.cloneNode(true) as Element;
      scroller.replaceWith(copy);
      const tbody = copy.querySelector('tbody');
      if (tbody === null) throw new Error('no table body');
      const spacer = document.createElement('tr');
      spacer.className = 'spacer';
      tbody.replaceChildren(spacer, ...first);
      let shown = first;
      let frame = 0;
      const next = (): void => {
        if (frame === frames) {
          resolve(frame);
          return;
        }
        const copies = (frame % 2 === 0 ? second : first).map((row) => row.cloneNode(true) as Element);
        for (const row of shown) row.remove();
        spacer.after(...copies);
        spacer.style.height = `${frame * 28}px`;
        shown = copies;
        frame += 1;
        requestAnimationFrame(next);
      };
      requestAnimationFrame(next);
    });
  });

/** Runs in the page: resolves after two frames, once what the last input changed is painted. */
const twoFrames = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

interface ServiceWorkerRuntime {
  readonly onMessage: { addListener(listener: (message: unknown, sender: unknown, respond: (answer: unknown) => void) => undefined): void };
  sendMessage(message: unknown): Promise<unknown>;
}

/**
 * Runs in the service worker, beside the background: answers `crumbtrail/recording` for the bench's tab id
 * with the recording it holds. It answers at once, so its answer is the one the panel gets (the first to
 * respond wins); the background's own listener answers every other request as usual.
 */
const serveRecording = (recording: Recording): void => {
  Reflect.set(globalThis, '__crumbtrailBenchRecording', recording);
  const runtime = (Reflect.get(globalThis, 'chrome') as { readonly runtime: ServiceWorkerRuntime }).runtime;
  runtime.onMessage.addListener((message, _sender, respond) => {
    const current = Reflect.get(globalThis, '__crumbtrailBenchRecording') as Recording;
    if (typeof message === 'object' && message !== null && Reflect.get(message, 'type') === 'crumbtrail/recording' && Reflect.get(message, 'tabId') === current.tabId) respond(current);
    return undefined;
  });
};

/** Runs in the service worker: one more exchange (and the cookie it set) arrives, and open pages are told. */
const addExchange = async (added: Pick<Recording, 'exchanges' | 'cookies'>): Promise<void> => {
  const current = Reflect.get(globalThis, '__crumbtrailBenchRecording') as Recording;
  Reflect.set(globalThis, '__crumbtrailBenchRecording', { ...current, exchanges: [...current.exchanges, ...added.exchanges], cookies: [...current.cookies, ...added.cookies] });
  const runtime = (Reflect.get(globalThis, 'chrome') as { readonly runtime: ServiceWorkerRuntime }).runtime;
  await runtime.sendMessage({ type: 'crumbtrail/recording-changed', tabId: current.tabId }).catch(() => undefined);
};

interface Interaction {
  readonly label: string;
  readonly tasks: Tasks;
  readonly gaps: readonly number[];
  readonly longTasks: readonly number[];
}

const interaction = async (chromium: ChromiumBrowser, page: Page, label: string, work: () => Promise<void>): Promise<Interaction> => {
  const browser = chromium.context.browser();
  if (browser === null) throw new Error('no browser');
  await page.evaluate(startFrames);
  const tasks = await tracedTasks(browser, page, work);
  const { gaps, longTasks } = await page.evaluate(stopFrames);
  return { label, tasks, gaps, longTasks };
};

const tableCount = (page: Page): Promise<string> => page.locator('.table-count').innerText();

const interactions = async (chromium: ChromiumBrowser, page: Page): Promise<Interaction[]> => {
  const done: Interaction[] = [];
  done.push(await interaction(chromium, page, WHEEL.label, async () => {
    await page.evaluate(scrollTable, WHEEL.scroll);
  }));
  done.push(await interaction(chromium, page, DRAG.label, async () => {
    await page.evaluate(scrollTable, DRAG.scroll);
  }));
  done.push(await interaction(chromium, page, 'type a filter', async () => {
    await page.locator('.filter-text').pressSequentially('widget_1', { delay: 80 });
    await page.evaluate(twoFrames);
    await page.locator('.filter-text').fill('');
    await page.evaluate(twoFrames);
  }));
  done.push(await interaction(chromium, page, 'sort by each column', async () => {
    for (const button of await page.locator('th button.sort').all()) {
      await button.click();
      await page.evaluate(twoFrames);
    }
  }));
  done.push(await interaction(chromium, page, 'open the session trace', async () => {
    await page.click('#tab-timeline');
    await page.waitForSelector('.timeline-svg');
    await page.evaluate(twoFrames);
  }));
  // Back to the cookies, at the top, for the live updates and the floor.
  await page.click('#tab-cookies');
  await page.waitForSelector('.cookie-row');
  return done;
};

/** One live update at a time: from the broadcast until the table counts the new cookie and the page is idle. */
const liveUpdates = async (chromium: ChromiumBrowser, worker: Worker, page: Page, extra: Recording): Promise<Tasks[]> => {
  const browser = chromium.context.browser();
  if (browser === null) throw new Error('no browser');
  const updates: Tasks[] = [];
  for (let i = 0; i < LIVE_UPDATES; i += 1) {
    const before = await tableCount(page);
    const added = { exchanges: extra.exchanges.slice(i, i + 1), cookies: extra.cookies.slice(i, i + 1) };
    updates.push(await tracedTasks(browser, page, async () => {
      await worker.evaluate(addExchange, added);
      await page.waitForFunction((text) => document.querySelector('.table-count')?.textContent !== text, before);
      await page.evaluate(twoFrames);
    }));
  }
  return updates;
};

const fmt = (value: number): string => `${value.toFixed(1)} ms`;

/** A frame at 60 Hz; a gap between two animation frames longer than this means a frame was missed. */
const FRAME_MS = 1000 / 60;

const printInteraction = ({ label, tasks, gaps, longTasks }: Interaction): void => {
  const over = tasks.durations.filter((d) => d >= FRAME_TARGET_MS).length;
  const missed = gaps.filter((gap) => gap > FRAME_MS * 1.5).length;
  console.log(
    `  ${label.padEnd(23)} longest task ${fmt(tasks.longest).padStart(8)}, ${String(over).padStart(3)} tasks >= ${FRAME_TARGET_MS} ms;` +
      ` ${String(gaps.length).padStart(3)} frames, worst gap ${fmt(Math.max(0, ...gaps)).padStart(8)}, ${String(missed).padStart(3)} late; ${longTasks.length} long tasks (>= 50 ms)`,
  );
};

export const panelRow = async (): Promise<void> => {
  console.log(`\nRow 4. Panel in real Chromium: a recording of ${EXCHANGES.toLocaleString('en')} exchanges and ${EXCHANGES.toLocaleString('en')} cookies, answered by the service worker`);
  const recording = liveRecording(TAB_ID, EXCHANGES);
  const extra = liveRecording(TAB_ID, EXCHANGES + LIVE_UPDATES);
  const extraOnly: Recording = { ...extra, exchanges: extra.exchanges.slice(EXCHANGES), cookies: extra.cookies.slice(EXCHANGES, EXCHANGES + LIVE_UPDATES) };
  const chromium = await launchChromium({ lang: 'en' });
  try {
    await chromium.worker.evaluate(serveRecording, recording);
    const page = await chromium.context.newPage();
    await page.setViewportSize(VIEWPORT);
    await page.addInitScript(installProbe);
    await page.goto(`chrome-extension://${chromium.extensionId}/src/panel/panel.html?tabId=${TAB_ID}`);
    await page.waitForFunction(() => (Reflect.get(globalThis, '__crumbtrailBench') as Probe).firstRowMs !== null, undefined, { timeout: 60_000 });
    const [firstRowMs, loadedMs] = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      const loaded = navigation instanceof PerformanceNavigationTiming ? navigation.domContentLoadedEventEnd : Number.NaN;
      return [(Reflect.get(globalThis, '__crumbtrailBench') as Probe).firstRowMs ?? Number.NaN, loaded];
    });
    console.log(
      `  first table row painted ${fmt(firstRowMs)} after navigation start (${await tableCount(page)}; the page and its scripts had loaded at ${fmt(loadedMs ?? Number.NaN)})   (target < ${FIRST_RENDER_TARGET_MS} ms)`,
    );
    const done = await interactions(chromium, page);
    done.forEach(printInteraction);
    const worst = Math.max(...done.map(({ tasks }) => tasks.longest));
    const worstGap = Math.max(...done.flatMap(({ gaps }) => gaps));
    console.log(`  worst frame: the longest main-thread task of all of them ${fmt(worst)}, the longest gap between frames ${fmt(worstGap)}   (target < ${FRAME_TARGET_MS} ms)`);
    const updates = await liveUpdates(chromium, chromium.worker, page, extraOnly);
    const floor = await interaction(chromium, page, 'floor: browser alone', async () => {
      await page.evaluate(freshRowsEveryFrame, FLOOR_FRAMES);
    });
    console.log(`  the floor: the browser alone showing a fresh window of the same ${await page.locator('tr.cookie-row').count()} rows every frame (copies of drawn rows, no Preact, no panel code)`);
    printInteraction(floor);
    const totals = updates.map(({ total }) => total);
    console.log(
      `  one live update (one new exchange): main-thread work ${fmt(median(totals))} (median of ${updates.length}: ${totals.map(fmt).join(', ')}),` +
        ` its longest task ${fmt(median(updates.map(({ longest }) => longest)))}   (target < ${FRAME_TARGET_MS} ms)`,
    );
  } finally {
    await chromium.close();
  }
};
