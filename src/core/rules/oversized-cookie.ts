import { cookieSize } from '../cookie-size.ts';
import { fullMatch, lesserMatch, sameForEveryRole, cookieRule } from './rule.ts';

/** RFC 6265bis and browsers drop a cookie whose name and value together exceed 4096 bytes. */
const BROWSER_LIMIT_BYTES = 4096;
/** Past 3 KiB one more claim or a longer token tips it over the limit. */
const NEAR_LIMIT_BYTES = 3072;

/** Over the limit the browser silently drops the cookie; near it, every request also carries the weight. */
export const oversizedCookie = cookieRule({
  id: 'oversized-cookie',
  reads: 'name-and-value',
  severity: sameForEveryRole('medium'),
  check: ({ cookie }) => {
    const bytes = cookieSize(cookie);
    if (bytes > BROWSER_LIMIT_BYTES) return fullMatch(String(bytes));
    return bytes > NEAR_LIMIT_BYTES ? lesserMatch(String(bytes)) : null;
  },
});
