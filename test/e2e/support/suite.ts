import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/core/report/types.ts';
import type { Recording } from '../../../src/platform/messages.ts';
import { join } from 'node:path';
import { ensureBuilt, ROOT } from './build.ts';
import {
  CROWD_COOKIES, LOGIN_FLOWS, PAYLOAD_COOKIES, REFUSED_COOKIES, browse, flowById, requestsFromExtensions, requestsTo, signIn, signOut,
  startDemoServer, type Demo, type LoginFlow,
} from './demo.ts';
import { FLOW_EXPECTATIONS, HANGUL, cookieNamed, expectConsistentSummary, rulesFor, uiText } from './expectations.ts';
import { screenshotPath, waitUntil, type BrowserName, type ExtensionBrowser, type ExtensionPage, type Lang, type WebTab } from './extension.ts';

export type Launch = (options: { readonly lang: Lang }) => Promise<ExtensionBrowser>;

const POPUP = { width: 400, height: 480 };
const HAR_FIXTURE = (name: string): string => join(ROOT, 'test', 'fixtures', 'har', name);
const PANEL = { width: 1280, height: 900 };
const goodFlow = (): LoginFlow => flowById('good');

const popupPath = (tabId: number) => `src/popup/popup.html?tabId=${tabId}`;
const panelPath = (tabId: number) => `src/panel/panel.html?tabId=${tabId}`;

/** Signs in to the good flow in a new tab (the only one on that site) and browses. */
const signedInToGood = async (browser: ExtensionBrowser, demo: Demo): Promise<{ tab: WebTab; tabId: number }> => {
  const tab = await browser.newTab();
  await signIn(tab, goodFlow(), demo.urls);
  await browse(tab, goodFlow());
  return { tab, tabId: await browser.tabIdOf(demo.urls.good) };
};

const openPopup = async (browser: ExtensionBrowser, tabId: number): Promise<ExtensionPage> => {
  const popup = await browser.openExtensionPage(popupPath(tabId), POPUP);
  await popup.waitFor('html[data-paint-ms]');
  return popup;
};

const openPanel = async (browser: ExtensionBrowser, tabId: number): Promise<ExtensionPage> => {
  const panel = await browser.openExtensionPage(panelPath(tabId), PANEL);
  await panel.waitFor('.cookie-row');
  return panel;
};

const showTimeline = async (panel: ExtensionPage): Promise<void> => {
  await panel.click('#tab-timeline');
  await panel.waitFor('.timeline-svg');
};

/**
 * The tab's report once `check` passes on it. The browser hands webRequest events to the background
 * asynchronously, so the last response of a page load may be recorded a moment after the page's load
 * event; past the deadline, `check` runs once more and its assertion error is the test's failure.
 */
const reportSatisfying = async (browser: ExtensionBrowser, tabId: number, check: (report: Report) => void): Promise<Report> => {
  const passing = await waitUntil('a report that passes the checks', async () => {
    const report = await browser.report(tabId);
    check(report);
    return report;
  }, 5_000).catch(() => null);
  if (passing !== null) return passing;
  const report = await browser.report(tabId);
  check(report);
  return report;
};

/** Text of every element matching `selector`, in document order. */
const textsOf = async (page: ExtensionPage, selector: string): Promise<string[]> => {
  const texts = await page.read(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent)`);
  return Array.isArray(texts) ? texts.map(String) : [];
};

/**
 * The real-browser suite, the same for Chromium and Firefox ESR: one browser (English) for the flows,
 * surfaces, restart, payloads, paint and network checks; a second one (Korean) for the localised surfaces.
 */
export const extensionSuite = (name: BrowserName, launch: Launch): void => {
  let demo: Demo;

  beforeAll(async () => {
    ensureBuilt();
    demo = await startDemoServer();
  });
  afterAll(async () => {
    await demo?.close();
  });

  describe(`${name}: the extension in English`, () => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      browser = await launch({ lang: 'en' });
    });
    afterAll(async () => {
      await browser?.close();
    });

    for (const flow of LOGIN_FLOWS) {
      it(`reports the ${flow.id} login flow: labels, flags, findings and timeline`, async () => {
        const tab = await browser.newTab();
        await signIn(tab, flow, demo.urls);
        await browse(tab, flow);
        const tabId = await browser.tabIdOf(demo.urls[flow.id]);
        const signedIn = await reportSatisfying(browser, tabId, (report) => {
          expectConsistentSummary(report);
          FLOW_EXPECTATIONS[flow.id].signedIn(report);
        });
        await signOut(tab, flow);
        const signedOut = await reportSatisfying(browser, tabId, (report) => {
          expectConsistentSummary(report);
          FLOW_EXPECTATIONS[flow.id].signedOut(report);
        });
        // The site is as weak after a logout as before it: the cookies it deleted are judged still.
        expect(GRADES.indexOf(signedOut.summary.grade)).toBeGreaterThanOrEqual(GRADES.indexOf(signedIn.summary.grade));
        await tab.close();
      });
    }

    it('shows the grade in the popup and the cookie table and SVG timeline in the panel', async () => {
      const { tab, tabId } = await signedInToGood(browser, demo);
      const report = await browser.report(tabId);

      const popup = await openPopup(browser, tabId);
      expect(await textsOf(popup, '.grade-letter')).toEqual([report.summary.grade]);
      expect(await popup.text()).toContain(uiText('en', 'ui_popup_heading'));
      await popup.screenshot(screenshotPath(name, 'popup', 'en'));

      const panel = await openPanel(browser, tabId);
      const names = await textsOf(panel, '.cookie-row .col-name');
      expect(names).toEqual(expect.arrayContaining(['__Host-sid', 'theme']));
      // One recording, one analysis: the popup and the panel give the same grade for the same tab.
      expect(await textsOf(panel, '.grade-letter')).toEqual([report.summary.grade]);
      await panel.screenshot(screenshotPath(name, 'panel', 'en'));
      await showTimeline(panel);
      expect(await panel.count('.timeline-svg .mark')).toBeGreaterThan(0);
      await popup.close();
      await panel.close();
      await tab.close();
    });

    it('loses no exchange and duplicates none when the background restarts mid-recording', async () => {
      const run = randomUUID();
      const tab = await browser.newTab();
      const visit = async (n: number) => tab.goto(`${demo.urls.good}browse?run=${run}&n=${n}`);
      await visit(1);
      const tabId = await browser.tabIdOf(demo.urls.good);
      await visit(2);
      await visit(3);
      await browser.stopBackground();
      await visit(4);
      await visit(5);
      await browser.stopBackground();
      await visit(6);

      const served = requestsTo(demo, 'good.example.test').filter((e) => e.path.includes(run)).map((e) => e.path);
      expect(served).toHaveLength(6);
      const recordedOf = (recording: Recording): string[] =>
        recording.exchanges.filter((e) => e.url.includes(run)).map((e) => new URL(e.url).pathname + new URL(e.url).search);
      // A woken background applies the events the browser held for it a moment after it answers a message.
      const recording = await waitUntil('every visit to be recorded', async () => {
        const current = await browser.recording(tabId);
        return recordedOf(current).length >= served.length ? current : undefined;
      });
      expect(recording.dropped).toBe(0);
      expect([...recordedOf(recording)].sort()).toEqual([...served].sort());
      expect(new Set(recording.exchanges.map((e) => e.id)).size).toBe(recording.exchanges.length);
      await tab.close();
    });

    it('records the first page load at once after the extension starts, and the first one at once after a forced stop', async () => {
      const fresh = await launch({ lang: 'en' });
      try {
        const tab = await fresh.newTab();
        await tab.goto(`${demo.urls.good}login`);
        const tabId = await fresh.tabIdOf(demo.urls.good);
        const issuedAt = (report: Report, path: string): boolean =>
          report.sessions.some((s) => s.cookie.name === '__Host-sid' && s.events.some((e) => e.type === 'issued' && new URL(e.url).pathname + new URL(e.url).search === path));
        await reportSatisfying(fresh, tabId, (report) => expect(issuedAt(report, '/login')).toBe(true));
        const [first] = (await fresh.recording(tabId)).exchanges;
        expect(first?.url).toBe(`${demo.urls.good}login`);
        expect(first?.response.kind === 'received' && first.response.headers.some((h) => h.name.toLowerCase() === 'set-cookie')).toBe(true);
        await fresh.stopBackground();
        await tab.goto(`${demo.urls.good}login?after-stop`);
        await reportSatisfying(fresh, tabId, (report) => {
          const events = report.sessions.find((s) => s.cookie.name === '__Host-sid')?.events ?? [];
          expect(events.some((e) => e.type === 'rotated' && e.url.endsWith('/login?after-stop'))).toBe(true);
        });
      } finally {
        await fresh.close();
      }
    });

    it('keeps every cookie the browser refuses, with its reason, in the report, the popup and the panel', async () => {
      const tab = await browser.newTab();
      await tab.goto(demo.urls.refused);
      await tab.goto(`${demo.urls.refused}shop`);
      const tabId = await browser.tabIdOf(demo.urls.refused);
      const report = await reportSatisfying(browser, tabId, (current) => {
        for (const { name, reason } of REFUSED_COOKIES) expect(cookieNamed(current, name).state).toMatchObject({ kind: 'refused', reason });
        expect(cookieNamed(current, 'admin_view').withheld).toEqual([expect.objectContaining({ reason: 'path' })]);
      });
      expect(rulesFor(report, 'theme')).toContain('samesite-none-without-secure');
      expect(rulesFor(report, '__Secure-pref')).toContain('prefix-violation');
      expect(rulesFor(report, 'cart')).toContain('oversized-cookie');
      expect(cookieNamed(report, 'visitor').state).toEqual({ kind: 'held' });

      const popup = await openPopup(browser, tabId);
      expect(await textsOf(popup, '.count-not-stored')).toEqual([String(report.summary.states.refused + report.summary.states.notHeld)]);
      const panel = await openPanel(browser, tabId);
      await panel.select('.filter-state', 'refused');
      expect((await textsOf(panel, '.cookie-row .col-name')).sort()).toEqual(REFUSED_COOKIES.map((c) => c.name).sort());
      await panel.click('.cookie-row[data-cookie-id*="theme"]');
      expect(await textsOf(panel, '.cookie-detail .rejection')).toEqual([uiText('en', 'reject_samesite_none_without_secure')]);
      await popup.close();
      await panel.close();
      await tab.close();
    });

    it('imports a HAR in the panel: unknown attributes as unknown, and no grade for an export without cookies', async () => {
      const panel = await openPanel(browser, (await signedInToGood(browser, demo)).tabId);
      await panel.chooseFile('.import-har input', HAR_FIXTURE('request-only.har'));
      await panel.waitFor('.source');
      expect(await panel.count('.cookie-row .flag-unknown')).toBe(6);
      expect(await textsOf(panel, '.cookie-row .col-lifetime')).toEqual([uiText('en', 'ui_badge_unknown'), uiText('en', 'ui_badge_unknown')]);
      await panel.chooseFile('.import-har input', HAR_FIXTURE('sanitized.har'));
      await panel.waitFor('p.error');
      expect((await textsOf(panel, 'p.error'))[0]).toMatch(/^sanitized\.har has nothing to audit: .*Export HAR \(with sensitive data\)/);
      expect(await panel.count('.grade-letter')).toBe(0);
      await panel.close();
    });

    it('shows markup and script in cookie names and values verbatim and runs none of it', async () => {
      const tab = await browser.newTab();
      await tab.goto(demo.urls.payloads);
      const tabId = await browser.tabIdOf(demo.urls.payloads);
      const report = await browser.report(tabId);
      const stored = report.cookies.filter((c) => PAYLOAD_COOKIES.some((p) => p.name === c.name));
      // Browsers accept markup in values; names keep what their grammar allows.
      expect(stored.map((c) => c.name)).toEqual(expect.arrayContaining(['sessionid', 'xss_script']));

      const popup = await openPopup(browser, tabId);
      const panel = await openPanel(browser, tabId);
      const popupText = await popup.text();
      for (const finding of topFindingsOf(report)) expect(popupText).toContain(finding);

      expect(await textsOf(panel, '.cookie-row .col-name')).toEqual(expect.arrayContaining(stored.map((c) => c.name)));
      await panel.click('.reveal-toggle');
      const values = await textsOf(panel, '.cookie-row .value-revealed');
      const storedValues = PAYLOAD_COOKIES.filter((p) => stored.some((c) => c.name === p.name)).map((p) => p.value);
      expect(values).toEqual(expect.arrayContaining(storedValues));

      for (const page of [popup, panel]) {
        expect(page.dialogs()).toBe(0);
        expect(await page.read('globalThis.__crumbXss === undefined')).toBe(true);
        expect(await page.read(`document.querySelectorAll('img[src="x"], img[onerror], svg[onload], b, script:not([src])').length`)).toBe(0);
        await page.close();
      }
      await tab.close();
    });

    it(`paints the popup for a page with ${CROWD_COOKIES} cookies`, async () => {
      const tab = await browser.newTab();
      await tab.goto(demo.urls.crowd);
      const tabId = await browser.tabIdOf(demo.urls.crowd);
      const popup = await openPopup(browser, tabId);
      const paintMs = Number(await popup.read('document.documentElement.dataset.paintMs'));
      console.info(`[crumbtrail e2e] ${name} popup time to paint with ${CROWD_COOKIES} cookies: ${paintMs} ms`);
      expect(Number.isFinite(paintMs)).toBe(true);
      expect(await textsOf(popup, '.count-session')).toHaveLength(1);
      const report = await browser.report(tabId);
      expect(report.cookies.length).toBeGreaterThanOrEqual(CROWD_COOKIES);
      await popup.close();
      await tab.close();
    });

    it('makes no network request of its own during the whole run (popup, panel, export)', async () => {
      const { tab, tabId } = await signedInToGood(browser, demo);
      const before = demo.log.entries.length;
      const popup = await openPopup(browser, tabId);
      const panel = await openPanel(browser, tabId);
      await exportReports(panel);
      await showTimeline(panel);
      await popup.close();
      await panel.close();
      await tab.close();
      // While only extension pages ran, the demo saw nothing; over the whole run nothing came from them.
      expect(demo.log.entries.slice(before)).toEqual([]);
      expect(requestsFromExtensions(demo)).toEqual([]);
      expect(browser.extensionRequests()).toEqual([]);
    });
  });

  describe(`${name}: the extension in Korean`, () => {
    let browser: ExtensionBrowser;
    beforeAll(async () => {
      browser = await launch({ lang: 'ko' });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('shows the popup and the panel in Korean', async () => {
      const { tabId } = await signedInToGood(browser, demo);
      const popup = await openPopup(browser, tabId);
      expect(await popup.text()).toContain(uiText('ko', 'ui_popup_heading'));
      expect(await popup.text()).toMatch(HANGUL);
      await popup.screenshot(screenshotPath(name, 'popup', 'ko'));
      const panel = await openPanel(browser, tabId);
      expect(await panel.text()).toContain(uiText('ko', 'ui_col_name'));
      await panel.screenshot(screenshotPath(name, 'panel', 'ko'));
    });
  });
};

/** Best first: a later grade index is a worse grade. */
const GRADES = ['A', 'B', 'C', 'D', 'E', 'F'];

/** The popup's top three findings (worst first) as "name" strings it must show verbatim. */
const topFindingsOf = (report: Report): string[] => {
  const order = ['high', 'medium', 'low', 'info'];
  return [...report.findings]
    .sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity))
    .slice(0, 3)
    .map((f) => f.cookie.name);
};

/** Exports the report as JSON and as Markdown (both are local downloads). */
const exportReports = async (panel: ExtensionPage): Promise<void> => {
  await panel.click('button.export-json');
  await panel.click('button.export-markdown');
};
