import type { Cookie } from '../core/model.ts';
import { SAMESITE_LABEL } from './labels.ts';
import { useTranslate } from './translate.ts';

interface FlagProps {
  readonly label: string;
  readonly present: boolean;
  /** Partitioned is opt-in (CHIPS): its absence is marked, but not as a fault. */
  readonly optional?: boolean;
}

const Flag = ({ label, present, optional = false }: FlagProps) => {
  const t = useTranslate();
  return (
    <span
      class={present ? 'flag flag-present' : optional ? 'flag flag-missing flag-optional' : 'flag flag-missing'}
      title={t(present ? 'ui_flag_present' : 'ui_flag_missing', [label])}
      data-present={String(present)}
    >
      {label}
    </span>
  );
};

/** HttpOnly, Secure, SameSite and Partitioned, each marked as set or missing (the stylesheet strikes missing ones). */
export const CookieFlags = ({ cookie }: { readonly cookie: Cookie }) => {
  const t = useTranslate();
  const sameSite =
    cookie.sameSite === 'unspecified' ? t('ui_attr_samesite') : t('ui_flag_samesite', [t(SAMESITE_LABEL[cookie.sameSite])]);
  return (
    <span class="flags">
      <Flag label={t('ui_flag_httponly')} present={cookie.httpOnly} />
      <Flag label={t('ui_flag_secure')} present={cookie.secure} />
      <Flag label={sameSite} present={cookie.sameSite !== 'unspecified'} />
      <Flag label={t('ui_flag_partitioned')} present={cookie.partitioned} optional />
    </span>
  );
};
