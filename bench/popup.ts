/**
 * Row 5: the toolbar popup, from opening to the grade painted, for the demo's page of 150 cookies against the
 * same popup for an empty page (the floor), in real Chromium and Firefox ESR with the built extension.
 */
import { launchChromium } from '../test/e2e/support/chromium.ts';
import { CROWD_COOKIES, startDemoServer, type Demo } from '../test/e2e/support/demo.ts';
import type { ExtensionBrowser, ExtensionPage } from '../test/e2e/support/extension.ts';
import { launchFirefox } from '../test/e2e/support/firefox.ts';
import { median } from './stats.ts';

const ROUNDS = 11;
const TARGET_MS = 200;
const POPUP = { width: 400, height: 480 };

interface Open {
  /** Navigation start to the frame that shows the report (the popup's `data-paint-ms`). */
  readonly paintMs: number;
  /** Navigation start to the end of DOMContentLoaded: the page and its scripts loaded and run. */
  readonly loadedMs: number;
}

const NAVIGATION = `(() => { const [entry] = performance.getEntriesByType('navigation'); return entry === undefined ? NaN : entry.domContentLoadedEventEnd; })()`;

const openPopup = async (browser: ExtensionBrowser, tabId: number): Promise<Open> => {
  const popup = await browser.openExtensionPage(`src/popup/popup.html?tabId=${tabId}`, POPUP);
  await popup.waitFor('html[data-paint-ms]');
  const open = { paintMs: Number(await popup.read('document.documentElement.dataset.paintMs')), loadedMs: Number(await popup.read(NAVIGATION)) };
  await popup.close();
  return open;
};

/** The popup's one request, `crumbtrail/report`, timed inside an extension page: the background's answer, in ms. */
const reportMs = async (page: ExtensionPage, tabId: number): Promise<number> =>
  Number(
    await page.read(`(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const start = performance.now();
      await api.runtime.sendMessage({ type: 'crumbtrail/report', tabId: ${tabId} });
      return performance.now() - start;
    })()`),
  );

interface Measure {
  readonly paintMs: number;
  readonly loadedMs: number;
  readonly reportMs: number;
}

const medianOf = (opens: readonly Open[], reports: readonly number[]): Measure => ({
  paintMs: median(opens.map((o) => o.paintMs)),
  loadedMs: median(opens.map((o) => o.loadedMs)),
  reportMs: median(reports),
});

const fmt = (value: number): string => `${value.toFixed(1).padStart(6)} ms`;

const measureIn = async (name: string, launch: () => Promise<ExtensionBrowser>, demo: Demo): Promise<void> => {
  const browser = await launch();
  try {
    const crowdTab = await browser.newTab();
    await crowdTab.goto(demo.urls.crowd);
    const emptyTab = await browser.newTab();
    await emptyTab.goto(demo.urls.index);
    const [crowd, empty] = [await browser.tabIdOf(demo.urls.crowd), await browser.tabIdOf(demo.urls.index)];
    // The first open is shown apart: later ones find the popup's scripts compiled and cached.
    const cold = await openPopup(browser, crowd);
    await openPopup(browser, empty);
    const opens: [Open[], Open[]] = [[], []];
    for (let round = 0; round < ROUNDS; round += 1) {
      opens[0].push(await openPopup(browser, crowd));
      opens[1].push(await openPopup(browser, empty));
    }
    // Asked from a page that stays open, after the opens: the same request the popup makes, timed alone.
    const asking = await browser.openExtensionPage(`src/popup/popup.html?tabId=${empty}`, POPUP);
    const reports: [number[], number[]] = [[], []];
    for (let round = 0; round < ROUNDS; round += 1) {
      reports[0].push(await reportMs(asking, crowd));
      reports[1].push(await reportMs(asking, empty));
    }
    await asking.close();
    const [full, floor] = [medianOf(opens[0], reports[0]), medianOf(opens[1], reports[1])];
    const cookies = (await browser.report(crowd)).cookies.length;
    console.log(
      `  ${name.padEnd(9)} ${cookies} cookies ${fmt(full.paintMs)}, empty page ${fmt(floor.paintMs)}: ratio ${(full.paintMs / floor.paintMs).toFixed(2)}` +
        `, ${full.paintMs < TARGET_MS ? 'under' : 'over'} the ${TARGET_MS} ms target by ${fmt(Math.abs(TARGET_MS - full.paintMs)).trim()}; its first open ${fmt(cold.paintMs).trim()}`,
    );
    const rest = (m: Measure): number => m.paintMs - m.loadedMs - m.reportMs;
    console.log(
      `            where it goes (${cookies} cookies / empty): page and scripts loaded (DOMContentLoaded) ${fmt(full.loadedMs)} / ${fmt(floor.loadedMs)};` +
        ` the background's report ${fmt(full.reportMs)} / ${fmt(floor.reportMs)}; rendering and the frame ${fmt(rest(full))} / ${fmt(rest(floor))}`,
    );
  } finally {
    await browser.close();
  }
};

export const popupRow = async (): Promise<void> => {
  console.log(`\nRow 5. Popup, open to grade painted (its data-paint-ms), the demo's page of ${CROWD_COOKIES} cookies against an empty page (the floor); medians of ${ROUNDS} opens each, taking turns`);
  const demo = await startDemoServer();
  try {
    await measureIn('chromium', () => launchChromium({ lang: 'en' }), demo);
    await measureIn('firefox', () => launchFirefox({ lang: 'en' }), demo);
  } finally {
    await demo.close();
  }
};
