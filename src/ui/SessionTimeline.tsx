import type { SiteArchitecture } from '../core/trace/architecture.ts';
import type { SessionEvent } from '../core/trace/events.ts';
import type { Exchange } from '../core/exchange.ts';
import type { ExchangeCookies } from '../core/trace/replay.ts';
import { ExchangeView, sameHighlight, type Highlight } from './ExchangeView.tsx';
import { ARCHITECTURE_KEYS } from '../core/trace/messages.ts';
import { EVENT_LABEL } from './labels.ts';
import { useTranslate } from './translate.ts';

/** One row of the timeline: a session cookie, or a bearer token seen in `Authorization` headers. */
export interface TimelineLane {
  readonly key: string;
  /** The cookie name, or the header name for a token: page data, shown as text. */
  readonly label: string;
  /** The site it belongs to: the same cookie name on two sites is two sessions. */
  readonly site: string;
  readonly highlight: Highlight;
  readonly events: readonly SessionEvent[];
}

export interface TimelineSelection {
  readonly exchange: number;
  readonly highlight: Highlight;
}

export interface SessionTimelineProps {
  readonly lanes: readonly TimelineLane[];
  readonly exchanges: readonly Exchange[];
  /** Per exchange: the outcome of each Set-Cookie and the cookies its request withheld. */
  readonly exchangeCookies: readonly ExchangeCookies[];
  readonly architectures: readonly SiteArchitecture[];
  readonly reveal: boolean;
  readonly redact: (text: string) => string;
  readonly selected: TimelineSelection | null;
  readonly onSelect: (selection: TimelineSelection | null) => void;
}

const LABEL_WIDTH = 160;
const LANE_HEIGHT = 32;
const AXIS_HEIGHT = 28;
const TOP = 18;
const MIN_STEP = 6;
const MAX_STEP = 56;
const PLOT_TARGET_WIDTH = 900;

type MarkType = Exclude<SessionEvent['type'], 'login' | 'logout'>;
type MarkEvent = Extract<SessionEvent, { type: MarkType }>;
type AuthEvent = Extract<SessionEvent, { type: 'login' | 'logout' }>;

const isAuthEvent = (event: SessionEvent): event is AuthEvent => event.type === 'login' || event.type === 'logout';
const isMarkEvent = (event: SessionEvent): event is MarkEvent => !isAuthEvent(event);

/** Distinct shape per event type (colour comes from the stylesheet), so the marks read without colour too. */
const MarkShape = ({ type, x, y }: { readonly type: MarkType; readonly x: number; readonly y: number }) => {
  switch (type) {
    case 'issued':
      return <circle cx={x} cy={y} r={6} />;
    case 'sent':
      return <circle cx={x} cy={y} r={3.5} />;
    case 'rotated':
      return <polygon points={`${x},${y - 7} ${x + 7},${y} ${x},${y + 7} ${x - 7},${y}`} />;
    case 'cleared':
      return <rect x={x - 5.5} y={y - 5.5} width={11} height={11} />;
    case 'leaked':
      return <polygon points={`${x},${y - 7} ${x + 7},${y + 6} ${x - 7},${y + 6}`} />;
  }
};

/** Login and logout marks of every lane, one band per exchange. */
const authBands = (lanes: readonly TimelineLane[]): readonly AuthEvent[] => {
  const seen = new Map<string, AuthEvent>();
  for (const lane of lanes)
    for (const event of lane.events) if (isAuthEvent(event)) seen.set(`${event.type}:${event.exchange}`, event);
  return [...seen.values()].sort((a, b) => a.exchange - b.exchange);
};

const Legend = () => {
  const t = useTranslate();
  const types: readonly MarkType[] = ['issued', 'sent', 'rotated', 'cleared', 'leaked'];
  return (
    <ul class="legend">
      {types.map((type) => (
        <li key={type} class={`mark mark-${type}`}>
          <svg width={16} height={16} aria-hidden="true">
            <MarkShape type={type} x={8} y={8} />
          </svg>
          {t(EVENT_LABEL[type])}
        </li>
      ))}
      <li class="legend-band legend-login">{t('ui_event_login')}</li>
      <li class="legend-band legend-logout">{t('ui_event_logout')}</li>
    </ul>
  );
};

/** The session timeline: one lane per session cookie or token, requests in order along x. */
const NO_COOKIES: ExchangeCookies = { setCookies: [], withheld: [] };

export const SessionTimeline = ({ lanes, exchanges, exchangeCookies, architectures, reveal, redact, selected, onSelect }: SessionTimelineProps) => {
  const t = useTranslate();
  if (lanes.length === 0) return <p class="empty timeline-empty">{t('ui_timeline_empty')}</p>;
  const count = Math.max(exchanges.length, 1);
  const step = Math.min(MAX_STEP, Math.max(MIN_STEP, PLOT_TARGET_WIDTH / count));
  const xOf = (exchange: number): number => LABEL_WIDTH + step / 2 + exchange * step;
  const yOf = (lane: number): number => TOP + lane * LANE_HEIGHT + LANE_HEIGHT / 2;
  const width = LABEL_WIDTH + count * step + 8;
  const plotBottom = TOP + lanes.length * LANE_HEIGHT;
  const height = plotBottom + AXIS_HEIGHT;
  const describe = (event: SessionEvent): string => {
    const exchange = exchanges[event.exchange];
    return t('ui_mark_title', [
      t(EVENT_LABEL[event.type]),
      String(event.exchange + 1),
      exchange?.method ?? '',
      redact(exchange?.url ?? ''),
    ]);
  };
  const selectedExchange = selected === null ? undefined : exchanges[selected.exchange];
  return (
    <section class="timeline">
      <section class="architecture">
        <h3>{t('ui_arch_heading')}</h3>
        <ul>
          {architectures.map((site) => (
            <li key={site.site} data-architecture={site.kind}>
              {t('ui_arch_site', [site.site, t(ARCHITECTURE_KEYS[site.kind].name), t(ARCHITECTURE_KEYS[site.kind].detail)])}
            </li>
          ))}
        </ul>
      </section>
      <Legend />
      <div class="timeline-scroll">
        <svg class="timeline-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={t('ui_timeline_label')}>
          {authBands(lanes).map((event) => (
            <g key={`${event.type}-${event.exchange}`} class={`band band-${event.type}`}>
              <title>{describe(event)}</title>
              <rect x={xOf(event.exchange) - step / 2} y={TOP - 14} width={step} height={plotBottom - TOP + 14} />
              <text x={xOf(event.exchange)} y={TOP - 4} text-anchor="middle">
                {t(EVENT_LABEL[event.type])}
              </text>
            </g>
          ))}
          {lanes.map((lane, laneIndex) => (
            <g key={lane.key} class="lane" data-lane={lane.label}>
              <line class="lane-line" x1={LABEL_WIDTH} x2={width} y1={yOf(laneIndex)} y2={yOf(laneIndex)} />
              <g class="lane-heading">
                <title>{t('ui_arch_lane', [lane.label, lane.site])}</title>
                <text class="lane-label" x={8} y={yOf(laneIndex) + 4}>
                  {lane.label}
                </text>
              </g>
              {lane.events.filter(isMarkEvent).map((event, index) => {
                const isSelected = selected?.exchange === event.exchange && sameHighlight(selected.highlight, lane.highlight);
                const select = (): void => onSelect({ exchange: event.exchange, highlight: lane.highlight });
                return (
                  <g
                    key={`${event.type}-${event.exchange}-${index}`}
                    class={`mark mark-${event.type}${isSelected ? ' selected' : ''}`}
                    data-event={event.type}
                    data-exchange={event.exchange}
                    role="button"
                    tabIndex={0}
                    aria-label={describe(event)}
                    onClick={select}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        select();
                      }
                    }}
                  >
                    <title>{describe(event)}</title>
                    {event.type === 'sent' && event.lastExchange > event.exchange ? (
                      <line class="sent-run" x1={xOf(event.exchange)} x2={xOf(event.lastExchange)} y1={yOf(laneIndex)} y2={yOf(laneIndex)} />
                    ) : null}
                    <MarkShape type={event.type} x={xOf(event.exchange)} y={yOf(laneIndex)} />
                  </g>
                );
              })}
            </g>
          ))}
          <text class="axis-label" x={LABEL_WIDTH} y={height - 8}>
            {t('ui_timeline_axis')}
          </text>
        </svg>
      </div>
      <p class="hint">{t('ui_timeline_hint')}</p>
      {selected === null ? null : selectedExchange === undefined ? (
        <p class="notice">{t('ui_exchange_missing', [String(selected.exchange + 1)])}</p>
      ) : (
        <ExchangeView
          exchange={selectedExchange}
          index={selected.exchange}
          highlight={selected.highlight}
          cookies={exchangeCookies[selected.exchange] ?? NO_COOKIES}
          reveal={reveal}
          redact={redact}
          onClose={() => onSelect(null)}
        />
      )}
    </section>
  );
};
