import type { Translate } from '../../i18n/translate.ts';
import type { ReportCookie } from '../types.ts';
import { humanDuration } from './duration.ts';

/** How long a cookie lives, in words: the terminal and Markdown reports say it alike. */
export const lifetimeLabel = (cookie: ReportCookie, t: Translate): string => {
  if (cookie.session || cookie.lifetimeSeconds === null) return t('cli_lifetime_session');
  if (cookie.lifetimeSeconds === 0) return t('cli_lifetime_expired');
  return t('cli_lifetime_persistent', [humanDuration(cookie.lifetimeSeconds, t)]);
};

/** An exchange as people count them: from 1. */
export const entryLabel = (entry: number): string => `#${entry + 1}`;
