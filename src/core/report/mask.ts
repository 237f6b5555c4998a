import { forEachSecret, secretIndex, type SecretIndex } from '../redact/secret-index.ts';
import { mayHoldUrlSecrets, urlSecretsIn } from '../redact/url-secrets.ts';
import { textOffset, viewsOf } from '../redact/views.ts';

/** What a value shows as when too little of it could be shown without giving it away. */
export const FULLY_MASKED = '••••';

const SHOWN_EACH_END = 4;
/** Below this length, showing 4 + 4 characters would reveal more than half of the value. */
const SHORTEST_PARTLY_SHOWN = 4 * SHOWN_EACH_END;

/**
 * Hides a cookie or token value while keeping enough to tell two values apart: `A7F3…0718`. An empty
 * value has nothing to hide and stays empty.
 */
export const maskValue = (value: string): string => {
  if (value === '') return '';
  const chars = Array.from(value);
  if (chars.length < SHORTEST_PARTLY_SHOWN) return FULLY_MASKED;
  return `${chars.slice(0, SHOWN_EACH_END).join('')}…${chars.slice(-SHOWN_EACH_END).join('')}`;
};

export type MaskText = (text: string) => string;

/** A stretch of the original text to show as `shown` instead. */
interface Hidden {
  readonly start: number;
  readonly end: number;
  readonly shown: string;
}

const hiddenIn = (text: string, index: SecretIndex): Hidden[] => {
  const hidden: Hidden[] = [];
  for (const view of viewsOf(text)) {
    const hide = (start: number, end: number, secret: string): void => {
      hidden.push({ start: textOffset(view, start), end: textOffset(view, end), shown: maskValue(secret) });
    };
    forEachSecret(index, view.bytes, hide);
    for (const found of urlSecretsIn(view.bytes)) hide(found.start, found.end, found.value);
  }
  return hidden;
};

/** Overlapping stretches (one secret inside a token parameter, or found in two views) are hidden as one. */
const withHidden = (text: string, hidden: Hidden[]): string => {
  hidden.sort((a, b) => a.start - b.start || b.end - a.end);
  let shown = '';
  let from = 0;
  for (const { start, end, shown: mask } of hidden) {
    if (start < from) {
      if (end > from) from = end;
      continue;
    }
    shown += text.slice(from, start) + mask;
    from = end;
  }
  return shown + text.slice(from);
};

/**
 * The one masker of every surface. It hides each of `secrets` wherever it stands in a text: as written,
 * percent-encoded up to three times (either case of hex), with `+` for space, or as the base64 or base64url
 * of the whole value; and the value of every token-named URL parameter and URL userinfo, known or not (see
 * docs/report.md). Linear in the text, however many secrets there are.
 */
export const secretMasker = (secrets: Iterable<string>): MaskText => {
  const index = secretIndex(secrets);
  return (text) => {
    const hidden = hiddenIn(text, index);
    return hidden.length === 0 ? text : withHidden(text, hidden);
  };
};

/** The credentials a text's URLs carry (token-named parameters, userinfo), so they can be hidden elsewhere too. */
export const urlSecretsOf = (text: string): string[] => {
  if (!mayHoldUrlSecrets(text)) return [];
  const values = viewsOf(text).flatMap((view) => urlSecretsIn(view.bytes).map(({ value }) => value));
  return values.flatMap((value) => (value.includes('+') ? [value, value.replaceAll('+', ' ')] : [value]));
};
