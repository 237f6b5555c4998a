import type { MessageKey } from '../../i18n/translate.ts';
import type { SameSite, Severity } from '../../model.ts';
import type { ReportCookie, SessionArchitecture } from '../types.ts';
import { ARCHITECTURE_KEYS } from '../../trace/messages.ts';

/** The catalog's shared words, so the CLI and the panel name things alike. */
export const SEVERITY_LABELS: Readonly<Record<Severity, MessageKey>> = {
  high: 'severity_high',
  medium: 'severity_medium',
  low: 'severity_low',
  info: 'severity_info',
};

export const architectureLabel = (architecture: SessionArchitecture): MessageKey => ARCHITECTURE_KEYS[architecture].name;

/** A flag as the cookie table shows it: attribute names are protocol tokens, the same in every language. */
export interface Flag {
  readonly text: string;
  readonly present: boolean;
}

const SAME_SITE_TOKENS: Readonly<Record<Exclude<SameSite, 'unspecified'>, string>> = {
  strict: 'SameSite=Strict',
  lax: 'SameSite=Lax',
  none: 'SameSite=None',
};

export const MISSING_MARK = '✗';

export const flagsOf = (cookie: ReportCookie): readonly Flag[] => [
  { text: 'HttpOnly', present: cookie.httpOnly },
  { text: 'Secure', present: cookie.secure },
  cookie.sameSite === 'unspecified'
    ? { text: 'SameSite', present: false }
    : { text: SAME_SITE_TOKENS[cookie.sameSite], present: true },
  ...(cookie.partitioned ? [{ text: 'Partitioned', present: true }] : []),
];

export const flagText = (flag: Flag): string => (flag.present ? flag.text : `${MISSING_MARK}${flag.text}`);
