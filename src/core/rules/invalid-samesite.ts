import type { ClassifiedCookie } from '../classify/types.ts';
import { cookieRule, fullMatch, IGNORED_BY_BROWSERS } from './rule.ts';

/** The SameSite value the parser could not read, when that is what left the cookie without SameSite. */
export const unreadSameSite = ({ cookie, anomalies }: ClassifiedCookie): string | null => {
  // A later valid SameSite attribute overrides an invalid one; then nothing was lost.
  if (cookie.sameSite !== 'unspecified') return null;
  for (const anomaly of anomalies) if (anomaly.kind === 'invalid-samesite') return anomaly.text;
  return null;
};

/** Browsers ignore a SameSite value they do not know, so the cookie silently gets the browser's default. */
export const invalidSameSite = cookieRule({
  id: 'invalid-samesite',
  reads: 'attributes',
  severity: IGNORED_BY_BROWSERS,
  check: (classified) => {
    const text = unreadSameSite(classified);
    return text === null ? null : fullMatch(text);
  },
});
