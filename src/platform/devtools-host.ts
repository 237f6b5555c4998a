import browser from 'webextension-polyfill';

/**
 * Whether this page runs inside DevTools. The panel page is also opened as a plain tab (`?tabId=N`, as the
 * e2e tests do), where `browser.devtools` does not exist and devtools.ts must not be called.
 */
// The typings declare `devtools` always present; outside a DevTools context it is undefined at run time.
export const inDevtools = (): boolean => typeof browser.devtools?.inspectedWindow?.tabId === 'number';

export type Theme = 'light' | 'dark';

// Chrome names its light theme "default"; Firefox says "light". Both say "dark".
const themeOf = (name: string): Theme => (name === 'dark' ? 'dark' : 'light');

/** DevTools' theme, or null outside DevTools (the page then follows prefers-color-scheme). */
export const devtoolsTheme = (): Theme | null => (inDevtools() ? themeOf(browser.devtools.panels.themeName) : null);

/** Firefox tells when the user switches theme; Chrome reloads the panel instead. Returns the unsubscribe. */
export const onDevtoolsThemeChanged = (listener: (theme: Theme) => void): (() => void) => {
  const events = inDevtools() ? browser.devtools.panels.onThemeChanged : undefined;
  if (events === undefined) return () => undefined;
  const onChanged = (name: string): void => listener(themeOf(name));
  events.addListener(onChanged);
  return () => events.removeListener(onChanged);
};
