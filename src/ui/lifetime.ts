import type { Lifetime } from '../core/classify/types.ts';
import type { MessageKey, Translate } from '../core/i18n/translate.ts';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/** Each unit is used until two of the next unit fit, so "90 min" rather than "1 h" and "36 h" rather than "1 day". */
const UNITS: readonly { readonly below: number; readonly size: number; readonly key: MessageKey }[] = [
  { below: 2 * MINUTE, size: 1, key: 'ui_remaining_seconds' },
  { below: 2 * HOUR, size: MINUTE, key: 'ui_remaining_minutes' },
  { below: 2 * DAY, size: HOUR, key: 'ui_remaining_hours' },
  { below: 2 * YEAR, size: DAY, key: 'ui_remaining_days' },
  { below: Number.POSITIVE_INFINITY, size: YEAR, key: 'ui_remaining_years' },
];

/** Remaining lifetime in the largest readable unit: "45 min left", "399 days left". */
export const remainingText = (seconds: number, t: Translate): string => {
  const whole = Math.max(0, Math.floor(seconds));
  const unit = UNITS.find((u) => whole < u.below);
  // The last unit has no upper bound, so some unit always fits.
  if (unit === undefined) return String(whole);
  return t(unit.key, [String(Math.floor(whole / unit.size))]);
};

const BADGE_KEYS: Readonly<Record<Lifetime['kind'], MessageKey>> = {
  unknown: 'ui_badge_unknown',
  session: 'ui_badge_session',
  expired: 'ui_badge_expired',
  persistent: 'ui_badge_persistent',
};

export const lifetimeBadgeKey = (lifetime: Lifetime): MessageKey => BADGE_KEYS[lifetime.kind];
