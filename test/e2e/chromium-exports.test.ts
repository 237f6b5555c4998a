import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASTE_SESSION_COOKIE } from '../../demo/sites/paste.mjs';
import { foreignMarkupIn, rawControlsIn, renderedTextOf, secretsLeftIn, stringsOf } from '../safety/inert.ts';
import { ensureBuilt } from './support/build.ts';
import { launchChromium, type ChromiumBrowser } from './support/chromium.ts';
import { startDemoServer, type Demo } from './support/demo.ts';
import { waitUntil } from './support/extension.ts';

/** The parameters the demo's /paste page puts secrets in (see demo/sites/paste.mjs), path or query. */
const PARAMETER_SECRET = /[;?&](?:jsessionid|X-Amz-Signature|api_key)=([^&;/?#]+)/g;

const parameterSecrets = (url: string): string[] => [...url.matchAll(PARAMETER_SECRET)].map(([, value = '']) => value);

const token = (): string => randomBytes(18).toString('base64url');

/** Clicks an export button and reads the file the browser saved. */
const exported = async (panel: Page, button: string): Promise<string> => {
  const [download] = await Promise.all([panel.waitForEvent('download'), panel.click(button)]);
  const path = await download.path();
  return readFile(path, 'utf8');
};

describe('chromium: the panel’s exports are safe to paste', () => {
  let demo: Demo;
  let browser: ChromiumBrowser;
  beforeAll(async () => {
    ensureBuilt();
    demo = await startDemoServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  it('masks every secret, renders no page markup and writes no control character in the JSON and Markdown', async () => {
    const code = token();
    const accessToken = token();
    const tab = await browser.newTab();
    await tab.goto(`${demo.urls.payloads}paste?code=${code}&state=demo#access_token=${accessToken}&token_type=bearer`);
    const tabId = await browser.tabIdOf(`${demo.urls.payloads}paste`);
    const recording = await waitUntil('the leak to the tracker and the pixel to be recorded', async () => {
      const current = await browser.recording(tabId);
      const urls = current.exchanges.map((exchange) => exchange.url);
      return urls.some((url) => url.includes('tracker.other.test')) && urls.some((url) => url.includes('/pixel;')) ? current : undefined;
    });
    const cookies = await browser.context.cookies(demo.urls.payloads);
    expect(cookies.map((cookie) => cookie.name)).toContain(PASTE_SESSION_COOKIE);
    const secrets = [code, accessToken, ...cookies.map((cookie) => cookie.value), ...recording.exchanges.flatMap((exchange) => parameterSecrets(exchange.url))];
    expect(secrets.length).toBeGreaterThanOrEqual(7);
    await waitUntil('the hostile session in the report', async () =>
      (await browser.report(tabId)).sessions.some((session) => session.cookie.name === PASTE_SESSION_COOKIE) ? true : undefined);

    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/src/panel/panel.html?tabId=${tabId}`, { waitUntil: 'load' });
    await panel.waitForSelector('.cookie-row', { state: 'attached' });
    const json = await exported(panel, 'button.export-json');
    const markdown = await exported(panel, 'button.export-markdown');
    await panel.close();
    await tab.close();

    const report: unknown = JSON.parse(json);
    expect(stringsOf(report)).toContain(PASTE_SESSION_COOKIE);
    expect(secretsLeftIn(stringsOf(report).join('\n'), secrets)).toEqual([]);
    expect(markdown).toContain('#### sid\\</summary\\>\\</details\\>\\<script\\>alert\\(5\\)\\</script\\>');
    expect(secretsLeftIn(markdown, secrets)).toEqual([]);
    expect(secretsLeftIn(renderedTextOf(markdown), secrets)).toEqual([]);
    expect(foreignMarkupIn(markdown)).toEqual([]);
    expect(rawControlsIn(json)).toEqual([]);
    expect(rawControlsIn(markdown)).toEqual([]);
  });
});
