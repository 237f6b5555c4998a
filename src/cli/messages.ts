import type { Catalog } from '../core/i18n/catalog.ts';
import { translatorFor } from '../core/i18n/catalog.ts';
import type { Translate } from '../core/i18n/translate.ts';
import type { Language } from './args.ts';

/**
 * The extension's catalogs, bundled into the CLI so that both print the same words. Each is a chunk of
 * its own in the build, and a run loads only the one it speaks.
 */
const CATALOGS: Readonly<Record<Language, () => Promise<{ readonly default: Catalog }>>> = {
  en: () => import('../../public/_locales/en/messages.json'),
  ko: () => import('../../public/_locales/ko/messages.json'),
};

export const translatorIn = async (language: Language): Promise<Translate> => translatorFor((await CATALOGS[language]()).default);
