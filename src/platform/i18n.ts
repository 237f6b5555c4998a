import browser from 'webextension-polyfill';
import type { MessageKey, Translate } from '../core/i18n/translate.ts';

/** Texts already looked up: a table redraws the same labels and titles for every row it shows. */
const looked = new Map<string, string>();
/** Substitutions are page data (names, sizes): the cache starts over past this many texts, staying small. */
const MOST_TEXTS = 4096;

const lookUp = (key: MessageKey, substitutions: readonly string[] | undefined): string =>
  browser.i18n.getMessage(key, substitutions === undefined ? undefined : [...substitutions]);

/** The core's Translate over the browser's catalogs, in the browser's language (fixed for a page's life). */
export const translate: Translate = (key, substitutions) => {
  const id = substitutions === undefined ? key : `${key}${JSON.stringify(substitutions)}`;
  const known = looked.get(id);
  if (known !== undefined) return known;
  if (looked.size >= MOST_TEXTS) looked.clear();
  const text = lookUp(key, substitutions);
  looked.set(id, text);
  return text;
};
