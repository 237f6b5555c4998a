import type { Exchange } from '../core/exchange.ts';
import type { JsonValue } from '../core/json.ts';
import type { Recording } from '../platform/messages.ts';
import type { ExportFile } from './export.ts';

/** What the panel needs from the browser; main.tsx provides it over `browser.*`, tests over fakes. */
export interface PanelHost {
  readonly tabId: number | null;
  readonly fetchRecording: (tabId: number) => Promise<Recording>;
  readonly clearRecording: (tabId: number) => Promise<void>;
  /** Hands the background requests DevTools saw, for the recording to hold the ones it missed. */
  readonly adoptExchanges: (tabId: number, exchanges: readonly Exchange[]) => Promise<void>;
  readonly onRecordingChanged: (tabId: number, listener: () => void) => () => void;
  /** What DevTools' network log already holds (none outside DevTools). */
  readonly networkEntries: () => Promise<readonly JsonValue[]>;
  readonly onNetworkEntry: (listener: (entry: JsonValue) => void) => () => void;
  readonly download: (file: ExportFile) => void;
  readonly now: () => number;
}
