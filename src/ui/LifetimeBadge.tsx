import type { Lifetime } from '../core/classify/types.ts';
import { lifetimeBadgeKey, remainingText } from './lifetime.ts';
import { useTranslate } from './translate.ts';

export const LifetimeBadge = ({ lifetime }: { readonly lifetime: Lifetime }) => {
  const t = useTranslate();
  return (
    <span class="lifetime">
      <span class={`badge badge-${lifetime.kind}`}>{t(lifetimeBadgeKey(lifetime))}</span>
      {lifetime.kind === 'persistent' ? (
        <span class="remaining">{remainingText(lifetime.remainingSeconds, t)}</span>
      ) : null}
    </span>
  );
};
