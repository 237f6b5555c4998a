import type { CookieState } from '../core/cookie-state.ts';
import type { MessageKey } from '../core/i18n/translate.ts';
import { entryLabel, stateKey } from '../core/report/render/words.ts';
import { notHeldKey, rejectionKey } from '../core/trace/messages.ts';
import { useTranslate } from './translate.ts';

/** The reason in words, for a cookie the browser refused or does not hold. */
export const stateReasonKey = (state: CookieState): MessageKey | null => {
  switch (state.kind) {
    case 'refused':
      return rejectionKey(state.reason);
    case 'not-held':
      return notHeldKey(state.reason);
    case 'held':
    case 'cleared':
      return null;
  }
};

/** Held, cleared at exchange N, refused or not held; the reason as the tooltip. */
export const CookieStateBadge = ({ state }: { readonly state: CookieState }) => {
  const t = useTranslate();
  const reason = stateReasonKey(state);
  return (
    <span class={`state state-${state.kind}`} title={reason === null ? undefined : t(reason)}>
      {t(stateKey(state), state.kind === 'held' ? [] : [entryLabel(state.exchange)])}
    </span>
  );
};
