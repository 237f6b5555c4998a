import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../core/i18n/translate.ts';

/** The catalog lookup every component reads; the page passes `browser.i18n.getMessage`, tests a catalog. */
export const TranslateContext = createContext<Translate | null>(null);

export const useTranslate = (): Translate => {
  const t = useContext(TranslateContext);
  // A missing provider is a wiring bug in the page, not a state the user can reach.
  if (t === null) throw new Error('TranslateContext.Provider is missing');
  return t;
};
