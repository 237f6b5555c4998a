import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './support/build.ts';
import { launchChromium, type ChromiumBrowser } from './support/chromium.ts';
import { browse, flowById, signIn, startDemoServer, type Demo } from './support/demo.ts';
import { evaluateValue, showExtensionPanel } from './support/devtools.ts';
import { uiText } from './support/expectations.ts';
import { waitUntil } from './support/extension.ts';

// An extra check beside the panel-page tests: the panel as DevTools itself shows it, for the inspected tab.
describe('chromium: the Crumbtrail panel inside DevTools', () => {
  let demo: Demo;
  let browser: ChromiumBrowser;
  beforeAll(async () => {
    ensureBuilt();
    demo = await startDemoServer();
    browser = await launchChromium({ devtools: true });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('renders the cookie table of the inspected tab', async () => {
    const tab = await browser.newTab();
    await signIn(tab, flowById('good'), demo.urls);
    await browse(tab, flowById('good'));
    const tabId = await browser.tabIdOf(demo.urls.good);
    // DevTools opens with each tab a moment after it; until the demo tab's window is up, show the panel again.
    const inspected = await waitUntil('the panel for the demo tab', async () => {
      const panels = await showExtensionPanel(browser.browserSession, browser.extensionId, uiText('en', 'extName'));
      for (const panel of panels) {
        const id = await evaluateValue(browser.browserSession, panel.targetId, 'chrome.devtools.inspectedWindow.tabId');
        if (id === tabId) return panel;
      }
      return undefined;
    }, 45_000);
    const names = await waitUntil('cookie rows in the DevTools panel', async () => {
      const found = await evaluateValue(browser.browserSession, inspected.targetId,
        `[...document.querySelectorAll('.cookie-row .col-name')].map((e) => e.textContent)`);
      return Array.isArray(found) && found.length > 0 ? found : undefined;
    });
    expect(names).toEqual(expect.arrayContaining(['__Host-sid', 'theme']));
  });
});
