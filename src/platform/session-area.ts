import browser from 'webextension-polyfill';
import type { SessionArea } from './adapters.ts';

export const sessionArea: SessionArea = {
  readAll: () => browser.storage.session.get(null),
  write: async (set, remove) => {
    // Set first, so a stop between the two calls loses nothing; only when the set does not fit (the quota)
    // are the removes made first to free room, and the set tried once more.
    const removeAll = async (): Promise<void> => {
      if (remove.length > 0) await browser.storage.session.remove([...remove]);
    };
    if (Object.keys(set).length === 0) return removeAll();
    try {
      await browser.storage.session.set({ ...set });
    } catch {
      await removeAll();
      await browser.storage.session.set({ ...set });
      return;
    }
    await removeAll();
  },
};
