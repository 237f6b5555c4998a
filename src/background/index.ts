import { badge } from '../platform/badge.ts';
import { cookieReader } from '../platform/cookies.ts';
import { translate } from '../platform/i18n.ts';
import { requestChannel } from '../platform/runtime.ts';
import { sessionArea } from '../platform/session-area.ts';
import { tabEvents } from '../platform/tabs.ts';
import { networkEvents } from '../platform/web-request.ts';
import { startBackground } from './start.ts';

declare global {
  /** Set once every listener is registered: tests wait on it before they load a page. */
  var __crumbtrailReady: boolean | undefined;
}

startBackground({
  area: sessionArea,
  network: networkEvents,
  tabs: tabEvents,
  channel: requestChannel,
  cookies: cookieReader,
  badge,
  translate,
  now: () => Date.now(),
  schedule: (run, ms) => void setTimeout(run, ms),
});
globalThis.__crumbtrailReady = true;
