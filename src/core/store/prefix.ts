/** What a `__Secure-` or `__Host-` cookie must have, per RFC 6265bis section 4.1.3 (case-insensitive, as browsers now match). */
export type PrefixViolation = 'secure-prefix-needs-secure' | 'host-prefix-needs-secure' | 'host-prefix-needs-host-only' | 'host-prefix-needs-root-path';

export type CookiePrefix = 'secure' | 'host' | 'none';

interface PrefixedFields {
  readonly name: string;
  readonly value: string;
  readonly secure: boolean;
  readonly hostOnly: boolean;
  readonly path: string;
}

/** A nameless cookie whose value starts with a prefix is judged by its value, so `=__Host-x` cannot dodge the rule. */
export const prefixOf = (cookie: Pick<PrefixedFields, 'name' | 'value'>): CookiePrefix => {
  const subject = (cookie.name === '' ? cookie.value : cookie.name).toLowerCase();
  if (subject.startsWith('__host-')) return 'host';
  if (subject.startsWith('__secure-')) return 'secure';
  return 'none';
};

export const prefixViolations = (cookie: PrefixedFields): readonly PrefixViolation[] => {
  switch (prefixOf(cookie)) {
    case 'none':
      return [];
    case 'secure':
      return cookie.secure ? [] : ['secure-prefix-needs-secure'];
    case 'host': {
      const violations: PrefixViolation[] = [];
      if (!cookie.secure) violations.push('host-prefix-needs-secure');
      if (!cookie.hostOnly) violations.push('host-prefix-needs-host-only');
      if (cookie.path !== '/') violations.push('host-prefix-needs-root-path');
      return violations;
    }
  }
};
