import { render } from 'preact';
import { translate } from '../platform/i18n.ts';
import { send } from '../platform/runtime.ts';
import { activeTabId, tabIdFromQuery } from '../platform/tab.ts';
import { applyUiLanguage } from '../platform/ui-language.ts';
import { TranslateContext } from '../ui/translate.ts';
import type { PopupHost } from './host.ts';
import { loadPopup, Popup } from './Popup.tsx';

const host: PopupHost = {
  tabId: async () => tabIdFromQuery(location.search) ?? (await activeTabId()),
  report: (tabId) => send({ type: 'crumbtrail/report', tabId }),
};

const root = document.getElementById('root');
applyUiLanguage(document.documentElement);
document.title = translate('extName');
if (root !== null) {
  void loadPopup(host).then((state) => {
    // Nothing is painted until the report is here: one render, then the time the e2e test reads.
    render(
      <TranslateContext.Provider value={translate}>
        <Popup state={state} />
      </TranslateContext.Provider>,
      root,
    );
    requestAnimationFrame(() => {
      document.documentElement.dataset['paintMs'] = performance.now().toFixed(1);
    });
  });
}
