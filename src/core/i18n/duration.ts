export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'year';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/**
 * Each unit is used until two of the next fit: "90 minutes" rather than "1 hour", "400 days" rather than
 * "1 year" (the browsers' cap on a cookie's lifetime is 400 days, and says so only in days).
 */
const UNITS: readonly { readonly below: number; readonly size: number; readonly unit: DurationUnit }[] = [
  { below: 2 * MINUTE, size: 1, unit: 'second' },
  { below: 2 * HOUR, size: MINUTE, unit: 'minute' },
  { below: 2 * DAY, size: HOUR, unit: 'hour' },
  { below: 2 * YEAR, size: DAY, unit: 'day' },
  { below: Number.POSITIVE_INFINITY, size: YEAR, unit: 'year' },
];

/** A duration as a whole number of one unit, rounded down; every surface words it from this. */
export const durationParts = (seconds: number): { readonly unit: DurationUnit; readonly count: number } => {
  const whole = Math.max(0, Math.floor(seconds));
  const found = UNITS.find((candidate) => whole < candidate.below) ?? { size: YEAR, unit: 'year' as const };
  return { unit: found.unit, count: Math.floor(whole / found.size) };
};
