import type { Report } from '../core/report/types.ts';

/** What the popup needs from the browser; main.tsx provides it over `browser.*`, tests over fakes. */
export interface PopupHost {
  /** The tab to audit: `?tabId=` when given, else the active tab of the popup's window. */
  readonly tabId: () => Promise<number | null>;
  readonly report: (tabId: number) => Promise<Report>;
}
