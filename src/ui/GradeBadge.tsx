import type { Grade } from '../core/model.ts';
import { useTranslate } from './translate.ts';

export const GradeBadge = ({ grade, score }: { readonly grade: Grade; readonly score: number }) => {
  const t = useTranslate();
  return (
    <div class={`grade grade-${grade.toLowerCase()}`} role="img" aria-label={t('ui_grade_label', [grade])}>
      <span class="grade-letter" aria-hidden="true">
        {grade}
      </span>
      <span class="grade-score">{t('ui_score_label', [String(score)])}</span>
    </div>
  );
};
