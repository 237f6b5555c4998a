import { durationParts, type DurationUnit } from '../../i18n/duration.ts';
import type { MessageKey, Translate } from '../../i18n/translate.ts';

const WORDS: Readonly<Record<DurationUnit, { readonly one: MessageKey; readonly other: MessageKey }>> = {
  second: { one: 'cli_duration_second_one', other: 'cli_duration_second_other' },
  minute: { one: 'cli_duration_minute_one', other: 'cli_duration_minute_other' },
  hour: { one: 'cli_duration_hour_one', other: 'cli_duration_hour_other' },
  day: { one: 'cli_duration_day_one', other: 'cli_duration_day_other' },
  year: { one: 'cli_duration_year_one', other: 'cli_duration_year_other' },
};

/** A duration in full words, for the text and Markdown reports. */
export const humanDuration = (seconds: number, t: Translate): string => {
  const { unit, count } = durationParts(seconds);
  return t(count === 1 ? WORDS[unit].one : WORDS[unit].other, [String(count)]);
};
