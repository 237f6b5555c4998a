import type { MessageKey, Translate } from '../../i18n/translate.ts';

interface Unit {
  readonly seconds: number;
  readonly one: MessageKey;
  readonly other: MessageKey;
}

const SECOND: Unit = { seconds: 1, one: 'cli_duration_second_one', other: 'cli_duration_second_other' };

/** Largest first; a duration shows in the largest unit it fills at least once, rounded down. */
const UNITS: readonly Unit[] = [
  { seconds: 365 * 86_400, one: 'cli_duration_year_one', other: 'cli_duration_year_other' },
  { seconds: 86_400, one: 'cli_duration_day_one', other: 'cli_duration_day_other' },
  { seconds: 3_600, one: 'cli_duration_hour_one', other: 'cli_duration_hour_other' },
  { seconds: 60, one: 'cli_duration_minute_one', other: 'cli_duration_minute_other' },
  SECOND,
];

export const humanDuration = (seconds: number, t: Translate): string => {
  const unit = UNITS.find((candidate) => seconds >= candidate.seconds) ?? SECOND;
  const count = Math.floor(seconds / unit.seconds);
  return t(count === 1 ? unit.one : unit.other, [String(count)]);
};
