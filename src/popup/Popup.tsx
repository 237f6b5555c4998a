import type { Report } from '../core/report/types.ts';
import { useTranslate } from '../ui/translate.ts';
import type { PopupHost } from './host.ts';
import { QuickAudit } from './QuickAudit.tsx';

export type PopupState =
  | { readonly kind: 'report'; readonly report: Report }
  | { readonly kind: 'no-tab' }
  | { readonly kind: 'error'; readonly detail: string };

/** Asks the background for the tab's report once; the popup paints nothing before it is here. */
export const loadPopup = async (host: PopupHost): Promise<PopupState> => {
  const tabId = await host.tabId();
  if (tabId === null) return { kind: 'no-tab' };
  try {
    return { kind: 'report', report: await host.report(tabId) };
  } catch (error) {
    return { kind: 'error', detail: error instanceof Error ? error.message : String(error) };
  }
};

export const Popup = ({ state }: { readonly state: PopupState }) => {
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
