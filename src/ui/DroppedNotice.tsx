import { useTranslate } from './translate.ts';

/** Says how many older exchanges the recorder dropped to stay within its per-tab bound. */
export const DroppedNotice = ({ dropped }: { readonly dropped: number }) => {
  const t = useTranslate();
  if (dropped <= 0) return null;
  return (
    <p class="notice dropped-notice" role="status">
      {t('ui_dropped_notice', [String(dropped)])}
    </p>
  );
};
