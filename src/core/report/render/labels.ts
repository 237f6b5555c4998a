import type { MessageKey } from '../../i18n/translate.ts';
import type { SameSite, SessionArchitecture } from '../../model.ts';
import type { ReportCookie } from '../types.ts';
import { ARCHITECTURE_KEYS } from '../../trace/messages.ts';

export const architectureLabel = (architecture: SessionArchitecture): MessageKey => ARCHITECTURE_KEYS[architecture].name;

/** A flag as the cookie table shows it: attribute names are protocol tokens, the same in every language. */
export interface Flag {
  readonly text: string;
  /** `unknown`: the cookie was seen only in requests, whose `Cookie` header carries no attributes. */
  readonly status: 'present' | 'missing' | 'unknown';
}

const SAME_SITE_TOKENS: Readonly<Record<Exclude<SameSite, 'unspecified'>, string>> = {
  strict: 'SameSite=Strict',
  lax: 'SameSite=Lax',
  none: 'SameSite=None',
};

export const MISSING_MARK = '✗';
export const UNKNOWN_MARK = '?';

const UNKNOWN_FLAGS: readonly Flag[] = ['HttpOnly', 'Secure', 'SameSite'].map((text) => ({ text, status: 'unknown' }));

const flag = (text: string, present: boolean): Flag => ({ text, status: present ? 'present' : 'missing' });

export const flagsOf = (cookie: ReportCookie): readonly Flag[] => {
  if (cookie.attributes === 'unknown') return UNKNOWN_FLAGS;
  return [
    flag('HttpOnly', cookie.httpOnly),
    flag('Secure', cookie.secure),
    cookie.sameSite === 'unspecified' ? flag('SameSite', false) : flag(SAME_SITE_TOKENS[cookie.sameSite], true),
    ...(cookie.partitioned ? [flag('Partitioned', true)] : []),
  ];
};

export const flagText = (flag: Flag): string => {
  switch (flag.status) {
    case 'present':
      return flag.text;
    case 'missing':
      return `${MISSING_MARK}${flag.text}`;
    case 'unknown':
      return `${UNKNOWN_MARK}${flag.text}`;
  }
};
