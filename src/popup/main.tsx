import { render } from 'preact';
import type { Report } from '../core/report/types.ts';
import { translate } from '../platform/i18n.ts';
import { send } from '../platform/runtime.ts';
import { activeTabId, tabIdFromQuery } from '../platform/tab.ts';
import { applyUiLanguage } from '../platform/ui-language.ts';
import { TranslateContext, useTranslate } from '../ui/translate.ts';
import { QuickAudit } from './QuickAudit.tsx';

type PopupState =
  | { readonly kind: 'report'; readonly report: Report }
  | { readonly kind: 'no-tab' }
  | { readonly kind: 'error'; readonly detail: string };

const PopupBody = ({ state }: { readonly state: PopupState }) => {
  const t = useTranslate();
  switch (state.kind) {
    case 'report':
      return <QuickAudit report={state.report} />;
    case 'no-tab':
      return <p class="error">{t('ui_popup_no_tab')}</p>;
    case 'error':
      return <p class="error">{t('ui_background_error', [state.detail])}</p>;
  }
};

const load = async (): Promise<PopupState> => {
  const tabId = tabIdFromQuery(location.search) ?? (await activeTabId());
  if (tabId === null) return { kind: 'no-tab' };
  try {
    return { kind: 'report', report: await send({ type: 'crumbtrail/report', tabId }) };
  } catch (error) {
    return { kind: 'error', detail: error instanceof Error ? error.message : String(error) };
  }
};

const root = document.getElementById('root');
applyUiLanguage(document.documentElement);
document.title = translate('extName');
if (root !== null) {
  void load().then((state) => {
    // Nothing is painted until the report is here: one render, then the time the e2e test reads.
    render(
      <TranslateContext.Provider value={translate}>
        <PopupBody state={state} />
      </TranslateContext.Provider>,
      root,
    );
    requestAnimationFrame(() => {
      document.documentElement.dataset['paintMs'] = performance.now().toFixed(1);
    });
  });
}
