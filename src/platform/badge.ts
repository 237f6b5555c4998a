import browser from 'webextension-polyfill';
import type { Badge } from './adapters.ts';

/** The colour of a high finding, readable under white badge text. */
const HIGH_FINDINGS_COLOR = '#b3261e';

export const badge: Badge = {
  show: async (tabId, count) => {
    try {
      await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
      if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: HIGH_FINDINGS_COLOR });
    } catch {
      // The tab closed between the count and the badge; nothing to show it on.
    }
  },
};
