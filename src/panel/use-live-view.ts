import { useEffect, useRef, useState } from 'preact/hooks';
import type { JsonValue } from '../core/json.ts';
import { analyze, liveInput } from '../core/report/analyze.ts';
import type { PanelHost } from './host.ts';
import { exchangesOfEntries } from './network-merge.ts';
import { panelView, type PanelView } from './view-model.ts';

/** Bursts of requests come in tens per second; one re-analysis per burst is enough. */
const REFRESH_DEBOUNCE_MS = 250;

export type LiveState =
  | { readonly kind: 'no-tab' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly view: PanelView; readonly page: string; readonly dropped: number }
  | { readonly kind: 'error'; readonly detail: string };

/** The inspected tab's recording, analysed, and refreshed whenever the background or DevTools sees more. */
export interface LiveView {
  readonly state: LiveState;
  readonly refresh: () => void;
  /** After the recording was cleared: DevTools' older entries must not bring the cleared requests back. */
  readonly forgetNetworkEntries: () => void;
}

export const useLiveView = (host: PanelHost): LiveView => {
  const [state, setState] = useState<LiveState>(host.tabId === null ? { kind: 'no-tab' } : { kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  const refresh = (): void => setGeneration((g) => g + 1);

  const { tabId } = host;
  // Held outside state so that a new entry costs nothing until the debounced refresh reads them all.
  const networkEntries = useRef<JsonValue[]>([]);
  useEffect(() => {
    let pending: ReturnType<typeof setTimeout> | null = null;
    const schedule = (): void => {
      if (pending !== null) clearTimeout(pending);
      pending = setTimeout(() => {
        pending = null;
        refresh();
      }, REFRESH_DEBOUNCE_MS);
    };
    void host.networkEntries().then((entries) => {
      networkEntries.current = [...entries, ...networkEntries.current];
      if (entries.length > 0) schedule();
    });
    const stopNetwork = host.onNetworkEntry((entry) => {
      networkEntries.current.push(entry);
      schedule();
    });
    const stopRecording = tabId === null ? () => undefined : host.onRecordingChanged(tabId, schedule);
    return () => {
      if (pending !== null) clearTimeout(pending);
      stopNetwork();
      stopRecording();
    };
  }, [host, tabId]);

  useEffect(() => {
    if (tabId === null) return undefined;
    let current = true;
    // What DevTools saw goes to the recording first, so that the popup judges the same exchanges.
    const seen = networkEntries.current.splice(0);
    const adopted = seen.length === 0 ? Promise.resolve() : host.adoptExchanges(tabId, exchangesOfEntries(seen));
    adopted.then(() => host.fetchRecording(tabId)).then(
      (recording) => {
        if (!current) return;
        setState({ kind: 'ready', view: panelView(analyze(liveInput(recording), host.now())), page: recording.pageUrl, dropped: recording.dropped });
      },
      (error: unknown) => {
        if (current) setState({ kind: 'error', detail: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [host, tabId, generation]);

  const forgetNetworkEntries = (): void => {
    networkEntries.current = [];
  };
  return { state, refresh, forgetNetworkEntries };
};
