import { launchFirefox } from './support/firefox.ts';
import { extensionSuite } from './support/suite.ts';

extensionSuite('firefox', ({ lang }) => launchFirefox({ lang }));
