import type { Translate } from '../core/i18n/translate.ts';
import { analyze, liveInput, type Analysis } from '../core/report/analyze.ts';
import { cookieDomainsOf } from '../core/store/cookie-domains.ts';
import { buildReport } from '../core/report/build.ts';
import type { Report } from '../core/report/types.ts';
import type { CookieReader, TabEvents } from '../platform/adapters.ts';
import type { Recording, Request, Response } from '../platform/messages.ts';
import type { Recorder } from './recorder.ts';

export interface ServiceDeps {
  readonly recorder: Recorder;
  readonly cookies: CookieReader;
  readonly tabs: Pick<TabEvents, 'urlOf'>;
  readonly translate: Translate;
  readonly now: () => number;
}

/**
 * The tab's recording with the cookies the browser holds for its page and frames. The page is the tab's
 * URL now (it may have changed without a load, through history.pushState), else the last one recorded.
 */
export const recordingFor = async (deps: ServiceDeps, tabId: number): Promise<Recording> => {
  const recorded = await deps.recorder.recording(tabId);
  const pageUrl = (await deps.tabs.urlOf(tabId)) ?? recorded.pageUrl ?? '';
  const scope = { pageUrl, frameUrls: recorded.frameUrls, domains: cookieDomainsOf(recorded.exchanges) };
  const cookies = pageUrl === '' ? [] : await deps.cookies.held(scope, deps.now());
  return { tabId, pageUrl, cookies, exchanges: recorded.exchanges, dropped: recorded.dropped };
};

/** A tab's recording and its analysis, as the popup and the panel see them. */
export const analysisFor = async (deps: ServiceDeps, tabId: number): Promise<{ readonly page: string; readonly analysis: Analysis }> => {
  const recording = await recordingFor(deps, tabId);
  return { page: recording.pageUrl, analysis: analyze(liveInput(recording), deps.now()) };
};

/** The `crumbtrail.report/v1` report for a tab; values masked, as everything the background hands out. */
export const reportFor = async (deps: ServiceDeps, tabId: number): Promise<Report> => {
  const { page, analysis } = await analysisFor(deps, tabId);
  return buildReport(analysis, deps.translate, { reveal: false, source: 'browser', page });
};

export const answer = async (deps: ServiceDeps, request: Request): Promise<Response> => {
  switch (request.type) {
    case 'crumbtrail/report':
      return reportFor(deps, request.tabId);
    case 'crumbtrail/recording':
      return recordingFor(deps, request.tabId);
    case 'crumbtrail/clear':
      await deps.recorder.clear(request.tabId);
      return { cleared: true };
    case 'crumbtrail/adopt':
      return { adopted: await deps.recorder.adopt(request.tabId, request.exchanges) };
  }
};
