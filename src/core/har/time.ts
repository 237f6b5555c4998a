/**
 * A `startedDateTime` as epoch ms, or null. Only ISO 8601 date-times (`2021-04-02T14:30:25.7037585+08:00`,
 * Fiddler's 7 fractional digits included) are read: Date.parse alone also accepts loose text such as "1",
 * which would put an entry in 2001. Checking the shape by position is cheaper than a pattern on 10,000 entries.
 */
export const parseStartedDateTime = (text: string | null): number | null => {
  if (text === null || text.length < 16 || text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':') return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : time;
};
