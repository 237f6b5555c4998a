import type { Analysis } from '../core/report/analyze.ts';
import { analysisMasker } from '../core/report/secrets.ts';
import type { TracedSession } from '../core/trace/trace.ts';
import { cookieRefKey, type CookieRef } from '../core/model.ts';
import { cookieRows, type CookieRow } from '../ui/cookie-rows.ts';
import type { Highlight } from '../ui/ExchangeView.tsx';
import type { TimelineLane } from '../ui/SessionTimeline.tsx';

/** What the panel's views show for one analysis: built once per analysis, not per render. */
export interface PanelView {
  readonly analysis: Analysis;
  readonly rows: readonly CookieRow[];
  readonly lanes: readonly TimelineLane[];
  readonly sessionCookies: number;
}

const highlightOf = (session: TracedSession): Highlight =>
  session.carrier === 'cookie' ? { kind: 'cookie', name: session.cookie.name } : { kind: 'authorization' };

const laneOf = (session: TracedSession): TimelineLane => ({
  key: cookieRefKey(session.cookie) + session.carrier,
  label: session.cookie.name,
  site: session.site,
  highlight: highlightOf(session),
  events: session.events,
});

export const panelView = (analysis: Analysis): PanelView => ({
  analysis,
  rows: cookieRows(analysis.cookies, analysis.trace.findings),
  lanes: analysis.trace.sessions.map(laneOf),
  sessionCookies: analysis.cookies.filter(({ classified }) => classified.lifetime.kind === 'session').length,
});

/** The highlight for a finding's cookie on the timeline: its traced session's carrier, else the cookie by name. */
export const highlightFor = (view: PanelView, cookie: CookieRef): Highlight => {
  const session = view.analysis.trace.sessions.find((s) => cookieRefKey(s.cookie) === cookieRefKey(cookie));
  return session === undefined ? { kind: 'cookie', name: cookie.name } : highlightOf(session);
};

/** Masks secrets inside free text (URLs) as the exports do, unless the user revealed values. */
export const redactorFor = (analysis: Analysis, reveal: boolean): ((text: string) => string) =>
  reveal ? (text) => text : analysisMasker(analysis);
