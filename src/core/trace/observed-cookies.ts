import type { CookieState, SetContext, WithheldCount } from '../cookie-state.ts';
import type { Cookie } from '../model.ts';
import type { Anomaly } from '../parse/anomaly.ts';

export interface ObservedCookie {
  /** Unique in one analysis and stable across re-analyses of a growing recording. */
  readonly id: string;
  readonly cookie: Cookie;
  /** What the Set-Cookie parser met in the line that gave the cookie its final attributes. */
  readonly anomalies: readonly Anomaly[];
  readonly state: CookieState;
  readonly withheld: readonly WithheldCount[];
  readonly setContext: SetContext;
  /** The last exchange that set it, or for a cookie seen only in requests, that carried it. */
  readonly lastExchange: number;
}
