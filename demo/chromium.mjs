// Launches Debian's Chromium with an unpacked extension and the demo's host mapping: shared by the demo
// command and the e2e tests (recipe and flags: shared/browsers/README.md).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { hostMappingFlags } from './server.mjs';

export const CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium off the network and quiet. */
const QUIET_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check',
];

/** A fresh profile that keeps third-party cookies (the leaky flow's tracker), as many users' browsers do. */
const makeProfile = (lang) => {
  const dir = mkdtempSync(join(tmpdir(), 'crumbtrail-chromium-'));
  mkdirSync(join(dir, 'Default'));
  writeFileSync(join(dir, 'Default/Preferences'), JSON.stringify({
    profile: { cookie_controls_mode: 0, block_third_party_cookies: false },
    intl: { accept_languages: lang === 'ko' ? 'ko,en' : 'en-US,en' },
  }));
  return dir;
};

/** Chromium on Linux takes its UI language, and so the extension's, from LANGUAGE (then --lang). */
const environment = (lang) => {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return { ...env, LANGUAGE: lang === 'ko' ? 'ko' : 'en_US', LANG: lang === 'ko' ? 'ko_KR.UTF-8' : 'C.UTF-8' };
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The worker is listed before its code has run; wait for the background's ready flag. */
const waitForBackground = async (worker) => {
  const deadline = Date.now() + 15_000;
  while (!(await worker.evaluate(() => globalThis.__crumbtrailReady === true).catch(() => false))) {
    if (Date.now() > deadline) throw new Error('the extension background never became ready (globalThis.__crumbtrailReady)');
    await sleep(100);
  }
};

export const launchChromiumWithExtension = async ({ extension, lang = 'en', headless = true, devtools = false }) => {
  const profile = makeProfile(lang);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    ignoreHTTPSErrors: true,
    env: environment(lang),
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...QUIET_FLAGS,
      ...hostMappingFlags(), `--lang=${lang === 'ko' ? 'ko' : 'en-US'}`,
      ...(devtools ? ['--auto-open-devtools-for-tabs'] : []),
    ],
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
    await waitForBackground(worker);
    return { context, worker, extensionId: new URL(worker.url()).host, close };
  } catch (error) {
    await close();
    throw error;
  }
};

/** An extension page that stays open to ask the background, as the popup and panel do. */
export const openBridge = async (context, extensionId) => {
  const bridge = await context.newPage();
  await bridge.goto(`chrome-extension://${extensionId}/src/popup/popup.html?tabId=-1`, { waitUntil: 'load' });
  return {
    page: bridge,
    ask: (message) => bridge.evaluate((m) => globalThis.chrome.runtime.sendMessage(m), message),
    tabIdOf: async (urlPrefix) => {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const id = await bridge.evaluate(async (prefix) => (await globalThis.chrome.tabs.query({})).find((t) => t.url?.startsWith(prefix))?.id, urlPrefix);
        if (id !== undefined) return id;
        if (Date.now() > deadline) throw new Error(`no tab at ${urlPrefix}`);
        await sleep(100);
      }
    },
  };
};
