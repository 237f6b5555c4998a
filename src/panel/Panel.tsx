import { useMemo, useState } from 'preact/hooks';
import type { MessageKey } from '../core/i18n/translate.ts';
import { cookieRefKey, type CookieRef } from '../core/model.ts';
import { CookieDetail } from '../ui/CookieDetail.tsx';
import { CookieTable } from '../ui/CookieTable.tsx';
import { DroppedNotice } from '../ui/DroppedNotice.tsx';
import { FindingsList } from '../ui/FindingsList.tsx';
import { GradeBadge } from '../ui/GradeBadge.tsx';
import { SessionTimeline, type TimelineSelection } from '../ui/SessionTimeline.tsx';
import { SeverityCounts } from '../ui/SeverityCounts.tsx';
import { useTranslate } from '../ui/translate.ts';
import { exportFile, type ExportFormat } from './export.ts';
import { importHarFile, type ImportedHar } from './har-import.ts';
import type { PanelHost } from './host.ts';
import { useLiveView } from './use-live-view.ts';
import { highlightFor, redactorFor, type PanelView } from './view-model.ts';

type Tab = 'cookies' | 'findings' | 'timeline';

const TABS: readonly { readonly tab: Tab; readonly label: MessageKey }[] = [
  { tab: 'cookies', label: 'ui_tab_cookies' },
  { tab: 'findings', label: 'ui_tab_findings' },
  { tab: 'timeline', label: 'ui_tab_timeline' },
];

/** What the panel shows: the inspected tab, or a HAR file the user imported (until they go back). */
type Shown = { readonly kind: 'live' } | ImportedHar;

interface ViewProps {
  readonly view: PanelView;
  readonly dropped: number;
  readonly warnings: readonly string[];
  readonly reveal: boolean;
  readonly onReveal: (reveal: boolean) => void;
}

const AnalysisView = ({ view, dropped, warnings, reveal, onReveal }: ViewProps) => {
  const t = useTranslate();
  const [tab, setTab] = useState<Tab>('cookies');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selection, setSelection] = useState<TimelineSelection | null>(null);
  const redact = useMemo(() => redactorFor(view.analysis, reveal), [view, reveal]);
  const { analysis } = view;
  const selectedRow = view.rows.find((row) => row.id === selectedId) ?? null;
  const showCookie = (cookie: CookieRef): void => {
    const row = view.rows.find((r) => cookieRefKey(r.classified.cookie) === cookieRefKey(cookie));
    setSelectedId(row?.id ?? null);
    setTab('cookies');
  };
  const showExchange = (exchange: number, cookie: CookieRef): void => {
    setSelection({ exchange, highlight: highlightFor(view, cookie) });
    setTab('timeline');
  };
  return (
    <>
      <header class="summary">
        <GradeBadge grade={analysis.grade} score={analysis.score} />
        <div class="summary-text">
          <p class="counts">
            {t('ui_summary_cookies', [
              String(view.rows.length),
              String(view.sessionCookies),
              String(view.rows.length - view.sessionCookies),
            ])}
          </p>
          <SeverityCounts counts={analysis.counts} />
        </div>
      </header>
      <DroppedNotice dropped={dropped} />
      {warnings.map((warning, index) => (
        <p key={index} class="notice har-warning">
          {t('ui_har_warning', [warning])}
        </p>
      ))}
      <nav class="tabs" role="tablist" aria-label={t('ui_tabs_label')}>
        {TABS.map(({ tab: id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`tabpanel-${id}`}
            class={tab === id ? 'tab active' : 'tab'}
            onClick={() => setTab(id)}
          >
            {t(label)}
          </button>
        ))}
      </nav>
      <div class={`tabpanel tabpanel-${tab}`} role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'cookies' ? (
          <div class={selectedRow === null ? 'cookies-layout' : 'cookies-layout with-detail'}>
            <CookieTable rows={view.rows} selectedId={selectedId} onSelect={(row) => setSelectedId(row.id)} reveal={reveal} onReveal={onReveal} />
            {selectedRow === null ? (
              <p class="detail-empty">{t('ui_detail_empty')}</p>
            ) : (
              <CookieDetail row={selectedRow} reveal={reveal} onClose={() => setSelectedId(null)} />
            )}
          </div>
        ) : null}
        {tab === 'findings' ? <FindingsList findings={analysis.findings} onShowCookie={showCookie} onShowExchange={showExchange} /> : null}
        {tab === 'timeline' ? (
          <SessionTimeline
            lanes={view.lanes}
            exchanges={analysis.exchanges}
            exchangeCookies={analysis.trace.exchangeCookies}
            architectures={analysis.trace.architecture}
            reveal={reveal}
            redact={redact}
            selected={selection}
            onSelect={setSelection}
          />
        ) : null}
      </div>
    </>
  );
};

/** The DevTools panel: toolbar, summary, and the cookies / findings / session trace views. */
export const Panel = ({ host }: { readonly host: PanelHost }) => {
  const t = useTranslate();
  const live = useLiveView(host);
  const [shown, setShown] = useState<Shown>({ kind: 'live' });
  const [reveal, setReveal] = useState(false);

  const importFile = async (file: File): Promise<void> => {
    setShown(importHarFile(new Uint8Array(await file.arrayBuffer()), file.name, t, host.now()));
  };

  const current =
    shown.kind === 'har'
      ? { view: shown.view, page: shown.page, dropped: 0, warnings: shown.warnings }
      : shown.kind === 'live' && live.state.kind === 'ready'
        ? { view: live.state.view, page: live.state.page, dropped: live.state.dropped, warnings: [] }
        : null;

  const exportAs = (format: ExportFormat): void => {
    if (current !== null) host.download(exportFile(current.view.analysis, current.page, format, t, reveal));
  };
  const clear = (): void => {
    const { tabId } = host;
    if (tabId === null) return;
    live.forgetNetworkEntries();
    void host.clearRecording(tabId).then(live.refresh);
  };

  return (
    <div class="panel">
      <div class="toolbar" role="toolbar" aria-label={t('ui_toolbar_label')}>
        <label class="button import-har">
          {t('ui_import_har')}
          <input
            type="file"
            accept=".har,application/json"
            class="visually-hidden"
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file !== undefined) void importFile(file);
              input.value = '';
            }}
          />
        </label>
        <button type="button" class="export-json" title={t('ui_export_redacted_note')} disabled={current === null} onClick={() => exportAs('json')}>
          {t('ui_export_json')}
        </button>
        <button type="button" class="export-markdown" title={t('ui_export_redacted_note')} disabled={current === null} onClick={() => exportAs('markdown')}>
          {t('ui_export_markdown')}
        </button>
        {shown.kind === 'live' ? (
          <button type="button" class="clear-recording" disabled={host.tabId === null} onClick={clear}>
            {t('ui_clear_recording')}
          </button>
        ) : (
          <button type="button" class="back-to-live" onClick={() => setShown({ kind: 'live' })}>
            {t('ui_back_to_live')}
          </button>
        )}
        {current === null ? null : (
          <span class="source">
            {shown.kind === 'har'
              ? t('ui_source_har', [shown.fileName, redactorFor(current.view.analysis, reveal)(current.page)])
              : t('ui_source_live', [redactorFor(current.view.analysis, reveal)(current.page)])}
          </span>
        )}
      </div>
      {shown.kind === 'har-error' ? <p class="error">{shown.message}</p> : null}
      {shown.kind === 'live' && live.state.kind === 'loading' ? <p class="loading">{t('ui_loading')}</p> : null}
      {shown.kind === 'live' && live.state.kind === 'no-tab' ? <p class="error">{t('ui_no_tab')}</p> : null}
      {shown.kind === 'live' && live.state.kind === 'error' ? <p class="error">{t('ui_background_error', [live.state.detail])}</p> : null}
      {current === null ? null : (
        <AnalysisView
          key={shown.kind === 'har' ? `har:${shown.fileName}` : 'live'}
          view={current.view}
          dropped={current.dropped}
          warnings={current.warnings}
          reveal={reveal}
          onReveal={setReveal}
        />
      )}
    </div>
  );
};
