import { launchChromium } from './support/chromium.ts';
import { extensionSuite } from './support/suite.ts';

extensionSuite('chromium', ({ lang }) => launchChromium({ lang }));
