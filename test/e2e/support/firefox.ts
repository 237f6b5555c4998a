import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../manifest.config.ts';
import { DIST } from './build.ts';
import {
  asRecording, asReport, isLocalUrl, requestMessage, storedEverythingInPage, waitUntil,
  type ExtensionBrowser, type ExtensionPage, type Lang, type WebTab,
} from './extension.ts';

export const FIREFOX = '/usr/bin/firefox-esr';

export interface FirefoxBrowser extends ExtensionBrowser {
  readonly browser: Browser;
  readonly extensionUuid: string;
  /** Evaluates `expression` in the browser's privileged (chrome) window and returns its value. */
  chromeEval(expression: string): Promise<unknown>;
}

/** The BiDi connection puppeteer drives Firefox with; not in its public types. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ readonly result: unknown }>;
}

const bidiOf = (browser: Browser): BidiConnection => {
  const connection: unknown = Reflect.get(browser, 'connection');
  if (typeof connection !== 'object' || connection === null || !('send' in connection) || typeof connection.send !== 'function') {
    throw new Error('puppeteer no longer exposes its BiDi connection');
  }
  return connection as BidiConnection;
};

const field = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? Reflect.get(at, key) : undefined), value);

const prefs = (lang: Lang, uuid: string): Record<string, unknown> => ({
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
  'extensions.originControls.grantByDefault': true,
  // Every name resolves to the demo on 127.0.0.1; nothing leaves the machine.
  'network.dns.forceResolve': '127.0.0.1',
  'network.dns.disableIPv6': true,
  'intl.locale.requested': lang === 'ko' ? 'ko' : 'en-US',
  'intl.accept_languages': lang === 'ko' ? 'ko, en' : 'en-US, en',
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'app.update.enabled': false,
});

const extensionPage = (page: Page): ExtensionPage => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  return {
  text: () => page.evaluate(() => document.body.innerText),
  waitFor: async (selector) => {
    await page.waitForSelector(selector);
  },
  count: (selector) => page.$$eval(selector, (nodes) => nodes.length),
  read: (expression) => page.evaluate(expression),
  click: (selector) => page.click(selector),
  chooseFile: async (selector, path) => {
    const input = await page.waitForSelector(selector);
    const file = await input?.toElement('input');
    if (file === undefined) throw new Error(`no ${selector}`);
    await file.uploadFile(path);
  },
  select: async (selector, value) => {
    await page.select(selector, value);
  },
  dialogs: () => dialogs,
  screenshot: async (path) => {
    await page.screenshot({ path, fullPage: true });
  },
  close: () => page.close(),
  };
};

const webTab = (page: Page): WebTab => ({
  goto: async (url) => {
    await page.goto(url, { waitUntil: 'load' });
  },
  fill: async (selector, text) => {
    await page.locator(selector).fill(text);
  },
  clickAndWait: async (selector) => {
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
  },
  url: () => page.url(),
  close: () => page.close(),
});

export const launchFirefox = async ({ lang = 'en' }: { readonly lang?: Lang } = {}): Promise<FirefoxBrowser> => {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    // No viewport set on every new tab as it appears (the same race as above); the window has the size.
    defaultViewport: null,
    args: ['--remote-allow-system-access', '--width=1280', '--height=800'],
    extraPrefsFirefox: prefs(lang, uuid),
  });
  try {
    await browser.installExtension(DIST.firefox);
    const bidi = bidiOf(browser);
    const origin = `moz-extension://${uuid}/`;
    const seen: string[] = [];

    const chromeEval = async (expression: string): Promise<unknown> => {
      const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const context = field(tree.result, 'contexts', 0, 'context');
      const answer = await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
      if (field(answer.result, 'type') === 'exception') throw new Error(`chrome scope: ${JSON.stringify(field(answer.result, 'exceptionDetails', 'text'))}`);
      return field(answer.result, 'result', 'value');
    };

    const openPage = async (path: string, viewport: { width: number; height: number }): Promise<Page> => {
      const before = new Set(await browser.pages());
      // Firefox lets only its privileged window open moz-extension pages in a tab.
      await chromeEval(`gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(origin + path)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); 1`);
      const page = await waitUntil('the extension tab', async () => (await browser.pages()).find((p) => !before.has(p)));
      page.on('request', (request) => {
        if (!isLocalUrl(request.url())) seen.push(`page: ${request.url()}`);
      });
      // The tab is listed as soon as its browsing context exists, before Firefox has attached its <browser>
      // element: a viewport set then fails with "browser is null" (seen on a first run, when everything is
      // slower). Once its document has loaded, the element is there.
      await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete');
      await page.setViewport(viewport);
      return page;
    };
    const openExtensionPage = async (path: string, viewport: { width: number; height: number }): Promise<ExtensionPage> =>
      extensionPage(await openPage(path, viewport));

    // One extension page stays open to talk to the background, as the popup and panel do.
    const bridge = await openPage('src/popup/popup.html?tabId=-1', { width: 400, height: 300 });
    const ask = (type: 'crumbtrail/report' | 'crumbtrail/recording', tabId: number): Promise<unknown> =>
      bridge.evaluate((message) => Reflect.get(globalThis, 'browser').runtime.sendMessage(message), requestMessage(type, tabId));
    const backgroundState = async (): Promise<unknown> => chromeEval(`(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      return String(ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)}).backgroundState);
    })()`);
    const storedEverything = (): Promise<boolean> => bridge.evaluate(storedEverythingInPage, 'crumbtrail/recording');
    await waitUntil('the background to be ready', async () => ((await backgroundState()) === 'running' ? true : undefined));

    return {
      name: 'firefox',
      lang,
      browser,
      extensionUuid: uuid,
      chromeEval,
      newTab: async () => webTab(await browser.newPage()),
      tabIdOf: (urlPrefix) => waitUntil(`a tab at ${urlPrefix}`, () => bridge.evaluate(async (prefix) => {
        const tabs: { id?: number; url?: string }[] = await Reflect.get(globalThis, 'browser').tabs.query({});
        return tabs.find((t) => t.url?.startsWith(prefix))?.id;
      }, urlPrefix)),
      report: async (tabId) => asReport(await ask('crumbtrail/report', tabId)),
      recording: async (tabId) => asRecording(await ask('crumbtrail/recording', tabId)),
      openExtensionPage,
      stopBackground: async () => {
        // Firefox suspends an idle event page, and terminateBackground kills it at once, even mid-start or
        // mid-write; so the stop waits for what idleness means: started, every event recorded and stored.
        await waitUntil('the background to be idle', async () =>
          (await backgroundState()) === 'running' && (await storedEverything()) ? true : undefined);
        // The state is read in the same turn: the next network event may wake the background right after.
        // Firefox may cancel a stop while the background is busy (a message still being answered), so the
        // stop is retried until one takes.
        await waitUntil('the background to stop', async () => {
          const state = await chromeEval(`(async () => {
            const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
            const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
            await extension.terminateBackground({ disableResetIdleForTest: true });
            return String(extension.backgroundState);
          })()`);
          return state === 'stopped' ? true : undefined;
        });
      },
      extensionRequests: () => [...seen],
      close: async () => {
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
};
