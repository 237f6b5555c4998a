import { siteOf } from '../site.ts';
import { requestTargetOf } from '../store/request-url.ts';
import type { Party } from './types.ts';

/**
 * First party when the cookie's domain belongs to the page's site (registrable domain, private suffixes
 * such as github.io counted), third party otherwise. A page URL without a host gives no basis to call
 * anything third party.
 */
export const partyOf = (cookieDomain: string, pageUrl: string): Party => {
  const page = requestTargetOf(pageUrl);
  if (page === null) return 'first';
  return siteOf(cookieDomain.replace(/^\./, '')) === siteOf(page.host) ? 'first' : 'third';
};
