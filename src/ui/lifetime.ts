import type { Lifetime } from '../core/classify/types.ts';
import { durationParts, type DurationUnit } from '../core/i18n/duration.ts';
import type { MessageKey, Translate } from '../core/i18n/translate.ts';

const WORDS: Readonly<Record<DurationUnit, MessageKey>> = {
  second: 'ui_remaining_seconds',
  minute: 'ui_remaining_minutes',
  hour: 'ui_remaining_hours',
  day: 'ui_remaining_days',
  year: 'ui_remaining_years',
};

/** Remaining lifetime in the table's short words: "45 min left", "399 days left". */
export const remainingText = (seconds: number, t: Translate): string => {
  const { unit, count } = durationParts(seconds);
  return t(WORDS[unit], [String(count)]);
};

const BADGE_KEYS: Readonly<Record<Lifetime['kind'], MessageKey>> = {
  unknown: 'ui_badge_unknown',
  session: 'ui_badge_session',
  expired: 'ui_badge_expired',
  persistent: 'ui_badge_persistent',
};

export const lifetimeBadgeKey = (lifetime: Lifetime): MessageKey => BADGE_KEYS[lifetime.kind];
