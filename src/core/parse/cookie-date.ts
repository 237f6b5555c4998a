/**
 * The cookie-date algorithm of RFC 6265bis section 5.1.1: split into tokens at delimiters, take the first
 * token that reads as a time, a day of month, a month and a year, in that order of preference.
 */

const DELIMITER = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  const isDelimiter =
    code === 0x09 ||
    (code >= 0x20 && code <= 0x2f) ||
    (code >= 0x3b && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e);
  DELIMITER[code] = isDelimiter ? 1 : 0;
}

/** Octets from 0x80 up (and any UTF-16 unit beyond) are non-delimiters. */
const isDelimiter = (code: number): boolean => code < 128 && DELIMITER[code] === 1;

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

const NO_MATCH = -1;

/**
 * `min*max DIGIT ( non-digit *OCTET )`: the number the leading digits of the token denote, or NO_MATCH
 * when there are fewer than `min` or more than `max` of them.
 */
const leadingNumber = (text: string, start: number, end: number, min: number, max: number): number => {
  let value = 0;
  let i = start;
  while (i < end && isDigit(text.charCodeAt(i))) {
    if (i - start === max) return NO_MATCH;
    value = value * 10 + text.charCodeAt(i) - 0x30;
    i += 1;
  }
  return i - start < min ? NO_MATCH : value;
};

/** `hms-time ( non-digit *OCTET )`, each field 1*2DIGIT; packed as hour * 10000 + minute * 100 + second. */
const timeOf = (text: string, start: number, end: number): number => {
  let packed = 0;
  let i = start;
  for (let field = 0; field < 3; field += 1) {
    const fieldStart = i;
    let value = 0;
    while (i < end && isDigit(text.charCodeAt(i))) {
      if (i - fieldStart === 2) return NO_MATCH;
      value = value * 10 + text.charCodeAt(i) - 0x30;
      i += 1;
    }
    if (i === fieldStart) return NO_MATCH;
    packed = packed * 100 + value;
    if (field < 2) {
      if (i >= end || text.charCodeAt(i) !== 0x3a) return NO_MATCH;
      i += 1;
    }
  }
  return packed;
};

const MONTH_BY_LETTERS = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((name, index) => [
    (name.charCodeAt(0) << 16) | (name.charCodeAt(1) << 8) | name.charCodeAt(2),
    index,
  ]),
);

const asciiLower = (code: number): number => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);

/** `month = ( "jan" / … / "dec" ) *OCTET`, case-insensitive: the month index 0–11, or NO_MATCH. */
const monthOf = (text: string, start: number, end: number): number => {
  if (end - start < 3) return NO_MATCH;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  const third = text.charCodeAt(start + 2);
  if (first >= 128 || second >= 128 || third >= 128) return NO_MATCH;
  const letters = (asciiLower(first) << 16) | (asciiLower(second) << 8) | asciiLower(third);
  return MONTH_BY_LETTERS.get(letters) ?? NO_MATCH;
};

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const daysIn = (month: number, year: number): number =>
  month === 1 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month] ?? 0);

/** Two-digit years: 70–99 are 19xx, 00–69 are 20xx. */
const fullYear = (year: number): number => {
  if (year >= 70 && year <= 99) return year + 1900;
  if (year >= 0 && year <= 69) return year + 2000;
  return year;
};

/** The date the four parts denote, or null when one is missing or out of range. */
const dateOf = (time: number, day: number, month: number, year: number): number | null => {
  if (time === NO_MATCH || day === NO_MATCH || month === NO_MATCH || year === NO_MATCH) return null;
  const hour = Math.floor(time / 10000);
  const minute = Math.floor(time / 100) % 100;
  const second = time % 100;
  const fullYearValue = fullYear(year);
  if (day < 1 || day > 31 || fullYearValue < 1601 || hour > 23 || minute > 59 || second > 59) return null;
  if (day > daysIn(month, fullYearValue)) return null;
  return Date.UTC(fullYearValue, month, day, hour, minute, second);
};

/** The section 5.1.1 algorithm: each token fills the first still-missing part it reads as. */
const tokenDate = (text: string, start: number, end: number): number | null => {
  let time = NO_MATCH;
  let day = NO_MATCH;
  let month = NO_MATCH;
  let year = NO_MATCH;
  let i = start;
  while (i < end && (time === NO_MATCH || day === NO_MATCH || month === NO_MATCH || year === NO_MATCH)) {
    while (i < end && isDelimiter(text.charCodeAt(i))) i += 1;
    const tokenStart = i;
    while (i < end && !isDelimiter(text.charCodeAt(i))) i += 1;
    if (tokenStart === i) break;
    // A token fills the first still-missing part it reads as, in the order time, day, month, year.
    if (time === NO_MATCH) {
      time = timeOf(text, tokenStart, i);
      if (time !== NO_MATCH) continue;
    }
    if (day === NO_MATCH) {
      day = leadingNumber(text, tokenStart, i, 1, 2);
      if (day !== NO_MATCH) continue;
    }
    if (month === NO_MATCH) {
      month = monthOf(text, tokenStart, i);
      if (month !== NO_MATCH) continue;
    }
    if (year === NO_MATCH) year = leadingNumber(text, tokenStart, i, 2, 4);
  }
  return dateOf(time, day, month, year);
};

const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** The number the digits at `text[at, at + count)` denote, or NO_MATCH when one is not a digit. */
const digitsAt = (text: string, at: number, count: number): number => {
  let value = 0;
  for (let i = at; i < at + count; i += 1) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return NO_MATCH;
    value = value * 10 + code - 0x30;
  }
  return value;
};

/** `Sun, 06 Nov 1994 08:49:37`: an IMF-fixdate up to its seconds, the rest of it unread. */
const FIXDATE_LENGTH = 25;

/** Around the month, a space or, as many servers write it (`Thu, 01-Jan-1970`), a dash: both delimiters. */
const isMonthSeparator = (code: number): boolean => code === 0x20 || code === 0x2d;

const hasFixdateShape = (text: string, start: number, end: number): boolean =>
  end - start >= FIXDATE_LENGTH &&
  isAsciiLetter(text.charCodeAt(start)) &&
  isAsciiLetter(text.charCodeAt(start + 1)) &&
  isAsciiLetter(text.charCodeAt(start + 2)) &&
  text.startsWith(', ', start + 3) &&
  isMonthSeparator(text.charCodeAt(start + 7)) &&
  isMonthSeparator(text.charCodeAt(start + 11)) &&
  text.charCodeAt(start + 16) === 0x20 &&
  text.charCodeAt(start + 19) === 0x3a &&
  text.charCodeAt(start + 22) === 0x3a &&
  (end === start + FIXDATE_LENGTH || isDelimiter(text.charCodeAt(start + FIXDATE_LENGTH))) &&
  monthOf(text, start, start + 3) === NO_MATCH;

/**
 * An IMF-fixdate (what servers send) read at its fixed offsets, or undefined when the text has not that
 * shape. On that shape the token algorithm finds the same parts: the weekday reads as none of them, then
 * come the day, the month, the year and the time, each one token.
 */
const fixdate = (text: string, start: number, end: number): number | null | undefined => {
  if (!hasFixdateShape(text, start, end)) return undefined;
  const day = digitsAt(text, start + 5, 2);
  const month = monthOf(text, start + 8, start + 11);
  const year = digitsAt(text, start + 12, 4);
  const hour = digitsAt(text, start + 17, 2);
  const minute = digitsAt(text, start + 20, 2);
  const second = digitsAt(text, start + 23, 2);
  if (day === NO_MATCH || month === NO_MATCH || year === NO_MATCH || hour === NO_MATCH || minute === NO_MATCH || second === NO_MATCH) {
    return undefined;
  }
  return dateOf(hour * 10000 + minute * 100 + second, day, month, year);
};

/**
 * Parses `text[start, end)` as a cookie-date; epoch milliseconds, or null when the text is not one (the
 * Expires attribute is then ignored). Linear in the length and never throws.
 */
export const parseCookieDate = (text: string, start = 0, end = text.length): number | null => {
  const fixed = fixdate(text, start, end);
  return fixed === undefined ? tokenDate(text, start, end) : fixed;
};
