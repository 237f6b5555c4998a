import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import ko from '../../../public/_locales/ko/messages.json';
import type { Catalog } from '../../../src/core/i18n/catalog.ts';
import type { AnomalyKind } from '../../../src/core/parse/anomaly.ts';
import type { RejectReason } from '../../../src/core/store/storage-decision.ts';

/** Every anomaly kind with how many details ($1, $2) its message takes; a Record keeps the list complete. */
const ANOMALY_DETAILS: Record<AnomalyKind, number> = {
  'control-character': 0,
  'empty-name-and-value': 0,
  'nameless-value-with-equals': 0,
  'name-value-too-long': 1,
  'attribute-value-too-long': 2,
  'invalid-expires': 1,
  'invalid-max-age': 1,
  'invalid-samesite': 1,
  'invalid-priority': 1,
  'duplicate-attribute': 1,
  'unknown-attribute': 1,
  'empty-domain': 0,
  'path-not-absolute': 1,
  'flag-with-value': 1,
  'malformed-pair': 1,
};

const REJECT_REASONS: Record<RejectReason, true> = {
  unparseable: true,
  'control-character': true,
  'name-value-too-long': true,
  'invalid-request-url': true,
  'nameless-value-with-equals': true,
  'public-suffix-domain': true,
  'domain-mismatch': true,
  'secure-from-insecure-origin': true,
  'samesite-none-without-secure': true,
  'partitioned-without-secure': true,
  'secure-prefix-needs-secure': true,
  'host-prefix-needs-secure': true,
  'host-prefix-needs-host-only': true,
  'host-prefix-needs-root-path': true,
  'overwrites-secure-cookie': true,
};

const CATALOGS: readonly (readonly [string, Catalog])[] = [
  ['en', en],
  ['ko', ko],
];

const keyOf = (prefix: string, kind: string): string => `${prefix}_${kind.replaceAll('-', '_')}`;

const substitutionsOf = (catalog: Catalog, key: string): string[] =>
  Object.values(catalog[key]?.placeholders ?? {})
    .map((placeholder) => placeholder.content)
    .sort();

describe.each(CATALOGS)('the %s catalog', (_, catalog) => {
  it.each(Object.entries(ANOMALY_DETAILS))('explains anomaly %s with its details', (kind, details) => {
    const key = keyOf('anomaly', kind);
    expect(catalog[key]?.message, key).toBeTruthy();
    expect(catalog[key]?.description, key).toBeTruthy();
    expect(substitutionsOf(catalog, key)).toEqual(Array.from({ length: details }, (__, i) => `$${i + 1}`));
    for (const name of Object.keys(catalog[key]?.placeholders ?? {})) {
      expect(catalog[key]?.message.toLowerCase(), key).toContain(`$${name.toLowerCase()}$`);
    }
  });

  it.each(Object.keys(REJECT_REASONS))('explains reject reason %s', (reason) => {
    const key = keyOf('reject', reason);
    expect(catalog[key]?.message, key).toBeTruthy();
    expect(catalog[key]?.description, key).toBeTruthy();
  });
});
