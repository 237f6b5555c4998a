import type { MessageKey } from '../i18n/translate.ts';
import type { MessageRef } from '../i18n/message-ref.ts';

/**
 * Why a document is not a HAR at all. Invalid JSON is the caller's error (it holds the text); so is a UTF-8
 * byte order mark, which the caller strips before JSON.parse (Fiddler writes one).
 */
export type HarError =
  | { readonly kind: 'not-an-object' }
  | { readonly kind: 'no-log' }
  | { readonly kind: 'no-entries' }
  | { readonly kind: 'entries-not-an-array' };

/** Something in a HAR that was read around, or that limits what the audit can see. Counts, never values. */
export type HarWarning =
  /** No cookie header or cookie array anywhere, and request headers are shorter than `headersSize` says. */
  | { readonly kind: 'sanitized-export'; readonly entries: number }
  /** No cookie data anywhere, without the size evidence: a sanitized export, or a site without cookies. */
  | { readonly kind: 'no-cookie-data'; readonly entries: number }
  | { readonly kind: 'unknown-version'; readonly version: string }
  | { readonly kind: 'invalid-started-date-time'; readonly entries: number; readonly firstEntry: number }
  | { readonly kind: 'entries-skipped'; readonly entries: number; readonly firstEntry: number }
  | { readonly kind: 'no-response'; readonly entries: number }
  | { readonly kind: 'cookies-from-arrays'; readonly entries: number }
  | { readonly kind: 'invalid-headers'; readonly headers: number };

export type HarWarningKind = HarWarning['kind'];
export type HarErrorKind = HarError['kind'];


const WARNING_KEYS: Readonly<Record<HarWarningKind, MessageKey>> = {
  'sanitized-export': 'har_warning_sanitized_export',
  'no-cookie-data': 'har_warning_no_cookie_data',
  'unknown-version': 'har_warning_unknown_version',
  'invalid-started-date-time': 'har_warning_invalid_started_date_time',
  'entries-skipped': 'har_warning_entries_skipped',
  'no-response': 'har_warning_no_response',
  'cookies-from-arrays': 'har_warning_cookies_from_arrays',
  'invalid-headers': 'har_warning_invalid_headers',
};

const ERROR_KEYS: Readonly<Record<HarErrorKind, MessageKey>> = {
  'not-an-object': 'har_error_not_an_object',
  'no-log': 'har_error_no_log',
  'no-entries': 'har_error_no_entries',
  'entries-not-an-array': 'har_error_entries_not_an_array',
};

/** Entry numbers are shown 1-based ("entry 1"), as HAR viewers list them. */
const warningArgs = (warning: HarWarning): readonly string[] => {
  switch (warning.kind) {
    case 'sanitized-export':
    case 'no-cookie-data':
    case 'no-response':
    case 'cookies-from-arrays':
      return [String(warning.entries)];
    case 'unknown-version':
      return [warning.version];
    case 'invalid-started-date-time':
    case 'entries-skipped':
      return [String(warning.entries), String(warning.firstEntry + 1)];
    case 'invalid-headers':
      return [String(warning.headers)];
  }
};

export const harWarningMessage = (warning: HarWarning): MessageRef => ({
  key: WARNING_KEYS[warning.kind],
  args: warningArgs(warning),
});

/** The warning that says the file carries no cookie data at all: nothing to audit, which is not a pass. */
export const cookielessExport = (warnings: readonly HarWarning[]): HarWarning | null =>
  warnings.find((warning) => warning.kind === 'sanitized-export' || warning.kind === 'no-cookie-data') ?? null;

export const harErrorMessage = (error: HarError): MessageRef => ({ key: ERROR_KEYS[error.kind], args: [] });
