import browser from 'webextension-polyfill';

/** `?tabId=N` on an extension page: how tests (and a panel opened as a plain tab) name the tab to inspect. */
export const tabIdFromQuery = (search: string): number | null => {
  const text = new URLSearchParams(search).get('tabId');
  if (text === null || !/^\d+$/.test(text)) return null;
  const tabId = Number(text);
  return Number.isSafeInteger(tabId) ? tabId : null;
};

/** The tab the user is looking at in the window the popup belongs to. */
export const activeTabId = async (): Promise<number | null> => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
};
