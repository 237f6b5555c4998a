import browser from 'webextension-polyfill';

/** Sets `<html lang>` from the browser's UI language; every locale Crumbtrail ships is left-to-right. */
export const applyUiLanguage = (root: HTMLElement): void => {
  root.lang = browser.i18n.getUILanguage();
  root.dir = 'ltr';
};
