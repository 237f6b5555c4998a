import type { Translate } from '../core/i18n/translate.ts';
import type { Badge, CookieReader, NetworkEvents, RequestChannel, SessionArea, TabEvents } from '../platform/adapters.ts';
import { MAX_EXCHANGES_PER_TAB, Recorder } from './recorder.ts';
import { analysisFor, answer, type ServiceDeps } from './service.ts';
import { perKeyThrottle, type Schedule } from './throttle.ts';

export interface BackgroundPlatform {
  readonly area: SessionArea;
  readonly network: NetworkEvents;
  readonly tabs: TabEvents;
  readonly channel: RequestChannel;
  readonly cookies: CookieReader;
  readonly badge: Badge;
  readonly translate: Translate;
  readonly now: () => number;
  readonly schedule: Schedule;
}

/** Open pages hear of new exchanges at most this often per tab. */
const BROADCAST_MS = 250;
/** The badge needs a full analysis; a second between recounts is live enough. */
const BADGE_MS = 1000;

/**
 * Wires the recorder to the browser, synchronously: an MV3 worker woken by an event only receives it if
 * the listener was registered during start-up.
 */
export const startBackground = (platform: BackgroundPlatform): Recorder => {
  const { badge, channel, schedule, tabs } = platform;
  const broadcastChange = perKeyThrottle(
    BROADCAST_MS,
    (tabId) => void channel.broadcast({ type: 'crumbtrail/recording-changed', tabId }),
    schedule,
  );
  const recountBadge = perKeyThrottle(
    BADGE_MS,
    (tabId) =>
      void analysisFor(deps, tabId).then(
        // The badge reads one count: the analysis is all it needs, not a translated report.
        ({ analysis }) => badge.show(tabId, analysis.counts.high),
        () => undefined, // a tab closed meanwhile has no badge to update
      ),
    schedule,
  );
  const recorder = new Recorder({
    area: platform.area,
    limit: MAX_EXCHANGES_PER_TAB,
    onChange: (tabId) => {
      broadcastChange(tabId);
      recountBadge(tabId);
    },
    instance: `${String(Math.floor(platform.now())).padStart(15, '0')}-${Math.random().toString(36).slice(2, 10)}`,
    onUnknownPage: (tabId) =>
      void tabs.urlOf(tabId).then((pageUrl) => {
        if (pageUrl !== null) recorder.notePage(tabId, pageUrl);
      }),
  });
  const deps: ServiceDeps = { recorder, cookies: platform.cookies, tabs, translate: platform.translate, now: platform.now };
  platform.network.listen((event) => recorder.record(event));
  tabs.onRemoved((tabId) => void recorder.closeTab(tabId));
  tabs.onActivated(recountBadge);
  channel.serve((request) => answer(deps, request));
  return recorder;
};
