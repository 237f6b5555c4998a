import { mapStrings } from './map-strings.ts';
import type { MaskText } from './mask.ts';
import type { Report } from './types.ts';

/**
 * Strings that are not page data (Crumbtrail's own names for things, dates it formats) or that are masked
 * already (a cookie's value): a secret that happens to read `session` must not turn `session-id` into `••••-id`.
 */
export const KEPT_AS_IS: ReadonlySet<string> = new Set([
  'schema',
  'source.kind',
  'summary.grade',
  'cookies.*.attributes',
  'cookies.*.sameSite',
  'cookies.*.expires',
  'cookies.*.role',
  'cookies.*.value',
  'cookies.*.state.kind',
  'cookies.*.state.cause',
  'cookies.*.state.reason',
  'cookies.*.withheld.*.reason',
  'cookies.*.clientSession.format',
  'findings.*.rule',
  'findings.*.severity',
  'sessions.*.architecture',
  'sessions.*.events.*.type',
]);

/** The report with `mask` applied to every other string in it, whatever field it is in. */
export const redactReport = (report: Report, mask: MaskText): Report =>
  mapStrings(report, (text, path) => (KEPT_AS_IS.has(path) ? text : mask(text)));
