// A user's walk through a framework site in real Chromium: home, sign in through the real form, sign out,
// with the extension's report of the tab taken once signed in and once signed out.
import type { Report } from '../../../src/core/report/types.ts';
import type { ChromiumBrowser } from '../support/chromium.ts';
import { waitUntil } from '../support/extension.ts';
import type { Site } from './sites.ts';

export const USER = { username: 'alice', password: 'wonderland' } as const;

export interface Walk {
  /** The page the login landed on, and the tab's report there. */
  readonly signedInUrl: string;
  readonly signedIn: Report;
  /** The page the logout landed on, and the tab's report there: the whole recording. */
  readonly signedOutUrl: string;
  readonly signedOut: Report;
}

/**
 * The background gets webRequest events asynchronously, so the last response of a page load may arrive
 * after the page's load event: wait until the shown page's own request is recorded with its response.
 */
const reportOnceRecorded = async (browser: ChromiumBrowser, tabId: number, url: string): Promise<Report> => {
  await waitUntil(`the recording of ${url}`, async () => {
    const { exchanges } = await browser.recording(tabId);
    return exchanges.some((e) => e.method === 'GET' && e.url === url && e.response.kind === 'received') ? true : undefined;
  });
  return browser.report(tabId);
};

export const walkLoginAndLogout = async (browser: ChromiumBrowser, site: Site): Promise<Walk> => {
  const tab = await browser.newTab();
  try {
    await tab.goto(site.origin);
    const tabId = await browser.tabIdOf(site.origin);
    await tab.clickAndWait('a[href^="/login"]');
    await tab.fill('input[name="username"]', USER.username);
    await tab.fill('input[name="password"]', USER.password);
    await tab.clickAndWait('button[type="submit"]');
    const signedInUrl = tab.url();
    // Fail here, clearly, rather than on a sign-out button that a login form bounced back to never has.
    if (!new URL(signedInUrl).pathname.startsWith('/account')) throw new Error(`the login did not reach the account page: at ${signedInUrl}`);
    const signedIn = await reportOnceRecorded(browser, tabId, signedInUrl);
    await tab.clickAndWait('form[action^="/logout"] button');
    const signedOutUrl = tab.url();
    const signedOut = await reportOnceRecorded(browser, tabId, signedOutUrl);
    return { signedInUrl, signedIn, signedOutUrl, signedOut };
  } finally {
    await tab.close();
  }
};
