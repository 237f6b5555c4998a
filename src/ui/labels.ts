import type { Party } from '../core/classify/types.ts';
import type { MessageKey } from '../core/i18n/translate.ts';
import type { Priority, SameSite } from '../core/model.ts';
import type { SessionEventType } from '../core/report/types.ts';

/** The catalog key that names each value the UI shows; a Record so a new value cannot go unnamed. */
export const PARTY_LABEL: Readonly<Record<Party, MessageKey>> = {
  first: 'ui_party_first',
  third: 'ui_party_third',
};

export const SAMESITE_LABEL: Readonly<Record<SameSite, MessageKey>> = {
  strict: 'ui_samesite_strict',
  lax: 'ui_samesite_lax',
  none: 'ui_samesite_none',
  unspecified: 'ui_samesite_unspecified',
};

export const PRIORITY_LABEL: Readonly<Record<Priority, MessageKey>> = {
  low: 'ui_priority_low',
  medium: 'ui_priority_medium',
  high: 'ui_priority_high',
};

export const EVENT_LABEL: Readonly<Record<SessionEventType, MessageKey>> = {
  issued: 'ui_event_issued',
  sent: 'ui_event_sent',
  rotated: 'ui_event_rotated',
  cleared: 'ui_event_cleared',
  leaked: 'ui_event_leaked',
  login: 'ui_event_login',
  logout: 'ui_event_logout',
};
