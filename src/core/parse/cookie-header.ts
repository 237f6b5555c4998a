import type { Anomaly } from './anomaly.ts';
import { skipSpaceOrTab, trimEndSpaceOrTab } from './characters.ts';

/** One `name=value` of a request Cookie header; a nameless cookie (sent as its value alone) has name "". */
export interface CookiePair {
  readonly name: string;
  readonly value: string;
}

export interface CookieHeaderParse {
  readonly pairs: readonly CookiePair[];
  readonly anomalies: readonly Anomaly[];
}

const NO_ANOMALIES: readonly Anomaly[] = Object.freeze([]);

/**
 * Splits a request `Cookie` header into its pairs, in order, keeping duplicates (cookies of the same name
 * with different paths or domains). Values are not decoded. Linear, never throws. Odd items are reported:
 * empty ones (`a=b;; c=d`) and `=value`, which no browser sends. Control characters are not looked for:
 * browsers never store them, and a scan of every character would double the cost of this parse.
 */
export const parseCookieHeader = (text: string): CookieHeaderParse => {
  const pairs: CookiePair[] = [];
  let anomalies: Anomaly[] | null = null;
  let reportedEmpty = false;
  const length = text.length;
  // The next "=" at or after the current item, found once and reused while it lies ahead.
  let equals = text.indexOf('=');
  let start = 0;
  while (start <= length) {
    let end = text.indexOf(';', start);
    if (end === -1) end = length;
    if (equals !== -1 && equals < start) equals = text.indexOf('=', start);
    const itemStart = skipSpaceOrTab(text, start, end);
    const itemEnd = trimEndSpaceOrTab(text, itemStart, end);
    if (equals === -1 || equals >= end) {
      if (itemStart < itemEnd) pairs.push({ name: '', value: text.slice(itemStart, itemEnd) });
      // A header that is empty or ends in ";" is not odd enough to report; an empty item before another is.
      else if (end < length && !reportedEmpty) {
        reportedEmpty = true;
        (anomalies ??= []).push({ kind: 'empty-name-and-value' });
      }
    } else {
      // The item is trimmed and "=" lies inside it: only the name's end and the value's start can be blank.
      const name = text.slice(itemStart, trimEndSpaceOrTab(text, itemStart, equals));
      const value = text.slice(skipSpaceOrTab(text, equals + 1, itemEnd), itemEnd);
      if (name !== '') pairs.push({ name, value });
      else if (value !== '') {
        pairs.push({ name, value });
        (anomalies ??= []).push({ kind: 'malformed-pair', text: text.slice(itemStart, itemEnd) });
      } else if (!reportedEmpty) {
        reportedEmpty = true;
        (anomalies ??= []).push({ kind: 'empty-name-and-value' });
      }
    }
    start = end + 1;
  }
  return { pairs, anomalies: anomalies ?? NO_ANOMALIES };
};
