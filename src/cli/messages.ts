import en from '../../public/_locales/en/messages.json';
import ko from '../../public/_locales/ko/messages.json';
import { translatorFor } from '../core/i18n/catalog.ts';
import type { Translate } from '../core/i18n/translate.ts';
import type { Language } from './args.ts';

/** The extension's catalogs, bundled into the CLI so that both print the same words. */
export const translatorIn = (language: Language): Translate => translatorFor(language === 'ko' ? ko : en);
