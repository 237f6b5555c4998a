import { maskValue } from '../core/report/mask.ts';
import { useTranslate } from './translate.ts';

/** A cookie or token value: masked (`A7F3…0718`) unless the user chose to reveal values. */
export const CookieValue = ({ value, reveal }: { readonly value: string; readonly reveal: boolean }) => {
  const t = useTranslate();
  return reveal ? (
    <code class="value value-revealed">{value}</code>
  ) : (
    <code class="value value-masked" title={t('ui_value_masked')}>
      {maskValue(value)}
    </code>
  );
};
