import { render } from 'preact';
import { onNetworkEntry, networkHar, inspectedTabId } from '../platform/devtools.ts';
import { devtoolsTheme, inDevtools, onDevtoolsThemeChanged, type Theme } from '../platform/devtools-host.ts';
import { translate } from '../platform/i18n.ts';
import { send, onEvent } from '../platform/runtime.ts';
import { tabIdFromQuery } from '../platform/tab.ts';
import { applyUiLanguage } from '../platform/ui-language.ts';
import { isJsonObject } from '../core/json.ts';
import { TranslateContext } from '../ui/translate.ts';
import { download } from './export.ts';
import type { PanelHost } from './host.ts';
import { Panel } from './Panel.tsx';

const insideDevtools = inDevtools();

const host: PanelHost = {
  tabId: insideDevtools ? inspectedTabId() : tabIdFromQuery(location.search),
  fetchRecording: (tabId) => send({ type: 'crumbtrail/recording', tabId }),
  clearRecording: async (tabId) => {
    await send({ type: 'crumbtrail/clear', tabId });
  },
  adoptExchanges: async (tabId, exchanges) => {
    await send({ type: 'crumbtrail/adopt', tabId, exchanges });
  },
  onRecordingChanged: (tabId, listener) =>
    onEvent((event) => {
      if (event.type === 'crumbtrail/recording-changed' && event.tabId === tabId) listener();
    }),
  networkEntries: async () => {
    if (!insideDevtools) return [];
    const har = await networkHar();
    const entries = isJsonObject(har) ? har['entries'] : undefined;
    return Array.isArray(entries) ? entries : [];
  },
  onNetworkEntry: (listener) => (insideDevtools ? onNetworkEntry(listener) : () => undefined),
  download,
  now: () => Date.now(),
};

/** DevTools' own theme when inside it; otherwise the stylesheet follows prefers-color-scheme. */
const applyTheme = (theme: Theme | null): void => {
  if (theme === null) delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = theme;
};

applyUiLanguage(document.documentElement);
document.title = translate('extName');
applyTheme(devtoolsTheme());
onDevtoolsThemeChanged(applyTheme);

const root = document.getElementById('root');
if (root !== null)
  render(
    <TranslateContext.Provider value={translate}>
      <Panel host={host} />
    </TranslateContext.Provider>,
    root,
  );
