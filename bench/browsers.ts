/** Rows 4-6 drive Debian's Chromium and Firefox ESR with the built extension, as the e2e tests do. */
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../demo/chromium.mjs';
import { ensureBuilt } from '../test/e2e/support/build.ts';
import { FIREFOX } from '../test/e2e/support/firefox.ts';
import { backgroundRow } from './background.ts';
import { panelRow } from './panel.ts';
import { popupRow } from './popup.ts';

const missing = (path: string, pkg: string): string | null => (existsSync(path) ? null : `${path} (apt-get install -y ${pkg})`);

export const browserRows = async (): Promise<void> => {
  const absent = [missing(CHROMIUM, 'chromium'), missing(FIREFOX, 'firefox-esr')].filter((line) => line !== null);
  if (absent.length > 0) {
    console.log(`\nRows 4-6 skipped: no browser at ${absent.join(' and ')}`);
    return;
  }
  // The extension as `npm run build` makes it, rebuilt only when a source is newer than dist/.
  if (ensureBuilt('pipe')) console.log('\n(built the extension first: npm run build)');
  await panelRow();
  await popupRow();
  await backgroundRow();
};
