import type { Cookie } from '../core/model.ts';
import { SAMESITE_LABEL } from './labels.ts';
import { useTranslate } from './translate.ts';

/** `unknown`: the cookie was seen only in requests, whose `Cookie` header carries no attributes. */
type FlagStatus = 'present' | 'missing' | 'optional-missing' | 'unknown';

const FLAG_CLASS: Readonly<Record<FlagStatus, string>> = {
  present: 'flag flag-present',
  missing: 'flag flag-missing',
  'optional-missing': 'flag flag-missing flag-optional',
  unknown: 'flag flag-unknown',
};

const Flag = ({ label, status }: { readonly label: string; readonly status: FlagStatus }) => {
  const t = useTranslate();
  const title = status === 'unknown' ? 'ui_flag_unknown' : status === 'present' ? 'ui_flag_present' : 'ui_flag_missing';
  return (
    <span class={FLAG_CLASS[status]} title={t(title, [label])} data-status={status}>
      {label}
    </span>
  );
};

const status = (present: boolean, optional = false): FlagStatus => (present ? 'present' : optional ? 'optional-missing' : 'missing');

/**
 * HttpOnly, Secure, SameSite and Partitioned, each marked as set, missing (the stylesheet strikes it) or,
 * for a cookie seen only in requests, unknown. Partitioned is opt-in (CHIPS): its absence is no fault.
 */
export const CookieFlags = ({ cookie }: { readonly cookie: Cookie }) => {
  const t = useTranslate();
  if (cookie.origin.kind === 'request-header') {
    return (
      <span class="flags">
        <Flag label={t('ui_flag_httponly')} status="unknown" />
        <Flag label={t('ui_flag_secure')} status="unknown" />
        <Flag label={t('ui_attr_samesite')} status="unknown" />
      </span>
    );
  }
  const sameSite =
    cookie.sameSite === 'unspecified' ? t('ui_attr_samesite') : t('ui_flag_samesite', [t(SAMESITE_LABEL[cookie.sameSite])]);
  return (
    <span class="flags">
      <Flag label={t('ui_flag_httponly')} status={status(cookie.httpOnly)} />
      <Flag label={t('ui_flag_secure')} status={status(cookie.secure)} />
      <Flag label={sameSite} status={status(cookie.sameSite !== 'unspecified')} />
      <Flag label={t('ui_flag_partitioned')} status={status(cookie.partitioned, true)} />
    </span>
  );
};
