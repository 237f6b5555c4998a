import browser from 'webextension-polyfill';
import type { TabEvents } from './adapters.ts';

// Without the "tabs" permission, a tab's URL is still shown where the host permissions cover it.
export const tabEvents: TabEvents = {
  urlOf: async (tabId) => {
    try {
      return (await browser.tabs.get(tabId)).url ?? null;
    } catch {
      return null; // the tab closed meanwhile
    }
  },
  onRemoved: (listener) => browser.tabs.onRemoved.addListener((tabId) => listener(tabId)),
  onActivated: (listener) => browser.tabs.onActivated.addListener(({ tabId }) => listener(tabId)),
};
