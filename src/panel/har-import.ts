import { cookielessExport, harErrorMessage, harWarningMessage } from '../core/har/har-issues.ts';
import { loadHarBytes, type HarLoad } from '../core/har/load.ts';
import type { Translate } from '../core/i18n/translate.ts';
import { analyze } from '../core/report/analyze.ts';
import { panelView, type PanelView } from './view-model.ts';

/** A HAR file the user imported: shown in place of the live tab, or why it cannot be. */
export type ImportedHar =
  | { readonly kind: 'har'; readonly fileName: string; readonly view: PanelView; readonly page: string; readonly warnings: readonly string[] }
  | { readonly kind: 'har-error'; readonly message: string };

const loadFailure = (load: Exclude<HarLoad, { kind: 'ok' }>, t: Translate): string => {
  switch (load.kind) {
    case 'not-json':
      return t('ui_import_not_json');
    case 'too-large':
      return t('ui_import_too_large');
    case 'not-har': {
      const reason = harErrorMessage(load.error);
      return t(reason.key, reason.args);
    }
  }
};

/** Reads a HAR file's bytes through the same loader the CLI uses, and analyses it as the CLI does. */
export const importHarFile = (bytes: Uint8Array, fileName: string, t: Translate, now: number): ImportedHar => {
  const load = loadHarBytes(bytes);
  if (load.kind !== 'ok') return { kind: 'har-error', message: t('ui_import_failed', [fileName, loadFailure(load, t)]) };
  const { har } = load;
  const cookieless = cookielessExport(har.warnings);
  if (cookieless !== null) {
    // Nothing to audit is not a pass: no grade is shown for it, as the CLI refuses it.
    const reason = harWarningMessage(cookieless);
    return { kind: 'har-error', message: t('ui_import_no_cookies', [fileName, t(reason.key, reason.args)]) };
  }
  const analysis = analyze({ kind: 'har', pageUrl: har.page, exchanges: har.exchanges, warnings: har.warnings }, now);
  const warnings = har.warnings.map((warning) => {
    const message = harWarningMessage(warning);
    return t(message.key, message.args);
  });
  return { kind: 'har', fileName, view: panelView(analysis), page: har.page, warnings };
};
