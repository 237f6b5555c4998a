import type en from '../../../public/_locales/en/messages.json';

/** Every key of the English catalog; the catalog test keeps the Korean one in step. */
export type MessageKey = keyof typeof en;

/**
 * Turns a catalog key and its `$1`…`$9` substitutions into text in the user's language. The extension
 * passes `browser.i18n.getMessage`; the CLI passes a catalog read from `public/_locales`.
 */
export type Translate = (key: MessageKey, substitutions?: readonly string[]) => string;
