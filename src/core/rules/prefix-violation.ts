import { prefixOf, prefixViolations, type PrefixViolation } from '../store/prefix.ts';
import { cookieRule, fullMatch, IGNORED_BY_BROWSERS } from './rule.ts';

/** Each unmet requirement as the attribute (or RFC 6265bis term) the catalog text explains. */
const REQUIREMENT: Readonly<Record<PrefixViolation, string>> = {
  'secure-prefix-needs-secure': 'Secure',
  'host-prefix-needs-secure': 'Secure',
  'host-prefix-needs-host-only': 'host-only',
  'host-prefix-needs-root-path': 'Path=/',
};

/** Browsers drop a prefixed cookie that breaks its prefix's rules, so the cookie never exists. */
export const prefixViolation = cookieRule({
  id: 'prefix-violation',
  reads: 'attributes',
  severity: IGNORED_BY_BROWSERS,
  check: ({ cookie }) => {
    const violations = prefixViolations(cookie);
    if (violations.length === 0) return null;
    const prefix = prefixOf(cookie) === 'host' ? '__Host-' : '__Secure-';
    return fullMatch(prefix, violations.map((violation) => REQUIREMENT[violation]).join(', '));
  },
});
