import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../../src/core/report/types.ts';
import type { Recording } from '../../../src/platform/messages.ts';
import type { Driver } from './demo.ts';
import { ROOT } from './build.ts';

export type BrowserName = 'chromium' | 'firefox';
export type Lang = 'en' | 'ko';

/** An extension page (popup or panel) opened as a tab: what the tests do with it in either browser. */
export interface ExtensionPage {
  /** The page's visible text. */
  text(): Promise<string>;
  /** Waits until `selector` matches an element. */
  waitFor(selector: string): Promise<void>;
  count(selector: string): Promise<number>;
  /** Reads a global or a dataset value: `expression` is evaluated in the page. */
  read(expression: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  /** Chooses the file at `path` in the file `<input>` that `selector` matches. */
  chooseFile(selector: string, path: string): Promise<void>;
  /** Chooses `value` in the `<select>` that `selector` matches. */
  select(selector: string, value: string): Promise<void>;
  /** How many alert/confirm/prompt dialogs the page opened (each is dismissed). */
  dialogs(): number;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** A web page tab that walks the demo like a user. */
export interface WebTab extends Driver {
  close(): Promise<void>;
}

/** One browser with the built extension loaded. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  readonly lang: Lang;
  newTab(): Promise<WebTab>;
  /** The browser's tab id of the tab whose URL starts with `urlPrefix`. */
  tabIdOf(urlPrefix: string): Promise<number>;
  report(tabId: number): Promise<Report>;
  recording(tabId: number): Promise<Recording>;
  /** Opens `path` (e.g. `src/popup/popup.html?tabId=3`) of the extension in a new tab. */
  openExtensionPage(path: string, viewport: { width: number; height: number }): Promise<ExtensionPage>;
  /** Stops the background (MV3 worker / event page) as the browser does when idle. */
  stopBackground(): Promise<void>;
  /** Network requests the extension's own pages and background made to anything but its own files. */
  extensionRequests(): readonly string[];
  close(): Promise<void>;
}

export const SCREENSHOTS = join(ROOT, 'test-output/screenshots');

export const screenshotPath = (browser: BrowserName, surface: 'panel' | 'popup', lang: Lang): string => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${browser}-${surface}-${lang}.png`);
};

/** Validates the answer to `crumbtrail/report` where it crosses from the browser into the test. */
export const asReport = (value: unknown): Report => {
  if (typeof value !== 'object' || value === null || !('schema' in value) || value.schema !== 'crumbtrail.report/v1') {
    throw new Error(`not a crumbtrail.report/v1 report: ${JSON.stringify(value)?.slice(0, 300)}`);
  }
  // The schema tag is the contract's discriminator; the report's own schema test covers the shape.
  return value as Report;
};

export const asRecording = (value: unknown): Recording => {
  if (typeof value !== 'object' || value === null || !('exchanges' in value) || !Array.isArray(value.exchanges)) {
    throw new Error(`not a recording: ${JSON.stringify(value)?.slice(0, 300)}`);
  }
  return value as Recording;
};

/** Whether a URL an extension context loads is its own file or a local object, not a network request. */
export const isLocalUrl = (url: string): boolean => /^(chrome-extension|moz-extension|blob|data|about):/.test(url);

/** Message the extension pages send; the same in both browsers. */
export const requestMessage = (type: 'crumbtrail/report' | 'crumbtrail/recording', tabId: number) => ({ type, tabId });

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns a value other than undefined (the tests' only waiting primitive). */
export const waitUntil = async <T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
};

/**
 * Runs inside an extension page: true when every tab's recording, as the background answers it, is all in
 * `storage.session`. Browsers stop only an idle background; the tests' forced stop waits for this first.
 */
export const storedEverythingInPage = async (type: string): Promise<boolean> => {
  const api = Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome');
  const tabs: { id?: number }[] = await api.tabs.query({});
  let recorded = 0;
  for (const { id } of tabs) {
    const recording: { exchanges: unknown[] } = await api.runtime.sendMessage({ type, tabId: id });
    recorded += recording.exchanges.length;
  }
  const open = new Set(tabs.map(({ id }) => `crumbtrail/tab/${String(id)}/exchange/`));
  const keys = Object.keys(await api.storage.session.get(null));
  return recorded === keys.filter((key) => open.has(key.replace(/[^/]+\/[^/]+$/, ''))).length;
};
