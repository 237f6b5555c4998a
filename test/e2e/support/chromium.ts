import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { launchChromiumWithExtension, openBridge } from '../../../demo/chromium.mjs';
import { playwrightDriver } from '../../../demo/flows.mjs';
import { DIST } from './build.ts';
import {
  asRecording, asReport, isLocalUrl, requestMessage, storedEverythingInPage, waitUntil,
  type ExtensionBrowser, type ExtensionPage, type Lang,
} from './extension.ts';

export interface ChromiumOptions {
  readonly lang?: Lang;
  /** Opens DevTools for every tab (to reach the real Crumbtrail panel). */
  readonly devtools?: boolean;
}

export interface ChromiumBrowser extends ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly worker: Worker;
  readonly browserSession: CDPSession;
}

interface TargetInfo {
  readonly targetId: string;
  readonly type: string;
  readonly url: string;
}

const METHOD_AND_URL = /"method":"Network\.requestWillBeSent".*?"url":"([^"]*)"/;

/**
 * Watches the network of the extension's service worker through the browser's CDP session, attaching to
 * every instance of it (a stopped worker comes back as a new target).
 */
const watchWorkerNetwork = async (session: CDPSession, extensionId: string, seen: string[]): Promise<void> => {
  const origin = `chrome-extension://${extensionId}/`;
  const attached = new Set<string>();
  const attach = async (target: TargetInfo): Promise<void> => {
    if (target.type !== 'service_worker' || !target.url.startsWith(origin) || attached.has(target.targetId)) return;
    attached.add(target.targetId);
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    await session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Network.enable' }) });
  };
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const url = METHOD_AND_URL.exec(message)?.[1];
    if (url !== undefined && !isLocalUrl(url)) seen.push(`worker: ${url}`);
  });
  session.on('Target.targetCreated', ({ targetInfo }) => void attach(targetInfo).catch(() => undefined));
  session.on('Target.targetDestroyed', ({ targetId }) => attached.delete(targetId));
  await session.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = await session.send('Target.getTargets');
  await Promise.all(targetInfos.map(attach));
};

/** Records every network request an extension page makes, from its first one. */
const watchPageNetwork = async (context: BrowserContext, page: Page, seen: string[]): Promise<void> => {
  const session = await context.newCDPSession(page);
  session.on('Network.requestWillBeSent', ({ request }) => {
    if (!isLocalUrl(request.url)) seen.push(`page: ${request.url}`);
  });
  await session.send('Network.enable');
};

/** Wraps a page that is not yet navigated, so that even a dialog opened while loading is counted. */
const extensionPage = (page: Page): ExtensionPage => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  return {
    text: () => page.evaluate(() => document.body.innerText),
    waitFor: async (selector) => {
      await page.waitForSelector(selector, { state: 'attached' });
    },
    count: (selector) => page.locator(selector).count(),
    read: (expression) => page.evaluate(expression),
    click: (selector) => page.click(selector),
    chooseFile: (selector, path) => page.setInputFiles(selector, path),
    select: async (selector, value) => {
      await page.selectOption(selector, value);
    },
    dialogs: () => dialogs,
    screenshot: async (path) => {
      await page.screenshot({ path, fullPage: true });
    },
    close: () => page.close(),
  };
};

export const launchChromium = async ({ lang = 'en', devtools = false }: ChromiumOptions = {}): Promise<ChromiumBrowser> => {
  const launched = await launchChromiumWithExtension({ extension: DIST.chrome, lang, devtools });
  const { context, worker, extensionId } = launched;
  try {
    const browser = context.browser();
    if (!browser) throw new Error('no browser behind the persistent context');
    const browserSession = await browser.newBrowserCDPSession();
    const seen: string[] = [];
    await watchWorkerNetwork(browserSession, extensionId, seen);
    const bridge = await openBridge(context, extensionId);
    await watchPageNetwork(context, bridge.page, seen);

    const serviceWorkerTargets = async (): Promise<TargetInfo[]> =>
      (await browserSession.send('Target.getTargets')).targetInfos.filter(
        (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));

    return {
      name: 'chromium',
      lang,
      context,
      extensionId,
      worker,
      browserSession,
      newTab: async () => {
        const page = await context.newPage();
        return { ...playwrightDriver(page), close: () => page.close() };
      },
      tabIdOf: (urlPrefix) => bridge.tabIdOf(urlPrefix),
      report: async (tabId) => asReport(await bridge.ask(requestMessage('crumbtrail/report', tabId))),
      recording: async (tabId) => asRecording(await bridge.ask(requestMessage('crumbtrail/recording', tabId))),
      openExtensionPage: async (path, viewport) => {
        const page = await context.newPage();
        await page.setViewportSize(viewport);
        await watchPageNetwork(context, page, seen);
        const wrapped = extensionPage(page);
        await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
        return wrapped;
      },
      stopBackground: async () => {
        // Closing the worker's target kills it at once, even mid-write; Chromium stops only an idle worker.
        await waitUntil('the service worker to be idle', async () =>
          (await bridge.page.evaluate(storedEverythingInPage, 'crumbtrail/recording')) ? true : undefined);
        for (const { targetId } of await serviceWorkerTargets()) await browserSession.send('Target.closeTarget', { targetId });
        await waitUntil('the service worker to stop', async () => ((await serviceWorkerTargets()).length === 0 ? true : undefined));
      },
      extensionRequests: () => [...seen],
      close: launched.close,
    };
  } catch (error) {
    await launched.close();
    throw error;
  }
};
