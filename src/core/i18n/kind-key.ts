import type { MessageKey } from './translate.ts';

/**
 * The catalog key of one kind of a closed set (`reject_domain_mismatch` for `domain-mismatch`). Built, not
 * listed, so that a new kind needs only catalog prose; the catalog tests prove every such key exists.
 */
export const kindKey = (prefix: string, kind: string): MessageKey => `${prefix}_${kind.replaceAll('-', '_')}` as MessageKey;
