import browser from 'webextension-polyfill';
import { fromBrowserCookie } from '../core/normalize/from-browser.ts';
import type { CookieReader } from './adapters.ts';
import { cookieQueries, pageCookies } from './cookie-queries.ts';

export const cookieReader: CookieReader = {
  held: async (scope, now) => {
    const results = await Promise.all(
      cookieQueries(scope, __TARGET__).map((query) =>
        // A browser without partition support rejects the partitioned query; the plain one still answers.
        browser.cookies.getAll(query).catch(() => []),
      ),
    );
    return pageCookies(
      results.flat().map((cookie) => fromBrowserCookie(cookie, now)),
      scope.pageUrl,
    );
  },
};
