import browser from 'webextension-polyfill';
import type { Translate } from '../core/i18n/translate.ts';

/** The core's Translate over the browser's catalogs, in the browser's language. */
export const translate: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions === undefined ? undefined : [...substitutions]);
