import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ko from '../../public/_locales/ko/messages.json';
import type { Catalog, CatalogEntry } from '../../src/core/i18n/catalog.ts';
import { ROLES, SEVERITIES } from '../../src/core/model.ts';
import { ruleTextKey, type RuleTextPart } from '../../src/core/rules/finding.ts';
import { COOKIE_RULE_IDS } from '../../src/core/rules/index.ts';
import { TRACE_RULE_IDS } from '../../src/core/trace/rules/index.ts';

const EN: Catalog = en;
const KO: Catalog = ko;
const LOCALES = { en: EN, ko: KO } as const;

const RULE_IDS = [...COOKIE_RULE_IDS, ...TRACE_RULE_IDS];
const RULE_PARTS: readonly RuleTextPart[] = ['title', 'message', 'why', 'fix'];

/**
 * Names a Korean developer reads as they are: cookie attributes, protocols, formats, the product. A Korean
 * message made only of these needs no Hangul; any other Latin word means it was left in English.
 */
const UNTRANSLATED_TERMS: ReadonlySet<string> = new Set([
  'Crumbtrail',
  'HttpOnly', 'Secure', 'SameSite', 'Partitioned', 'Lax', 'Strict', 'None', 'Domain', 'Path', 'Expires', 'Max-Age', 'Priority',
  'HTTP', 'HTTPS', 'URL', 'JWT', 'JSON', 'HAR', 'CSV', 'ID', 'IP', 'CSRF', 'XSS', 'CHIPS', 'CLI', 'DevTools',
]);

const HANGUL = /[\uAC00-\uD7A3\u3131-\u318E]/;
const NAMED_PLACEHOLDER = /\$([A-Za-z0-9_@]+)\$/g;
const SUBSTITUTION_INDEX = /\$([1-9])/g;

const entries = (catalog: Catalog): [string, CatalogEntry][] => Object.entries(catalog);

/** The `$NAME$`s a message uses (one may appear twice), lower-cased as browsers match them. */
const usedPlaceholders = (entry: CatalogEntry): string[] =>
  [...new Set([...entry.message.matchAll(NAMED_PLACEHOLDER)].map((m) => (m[1] ?? '').toLowerCase()))].sort();

const definedPlaceholders = (entry: CatalogEntry): string[] =>
  Object.keys(entry.placeholders ?? {})
    .map((name) => name.toLowerCase())
    .sort();

/** The `$n` substitutions an entry takes, through the placeholders its message uses. */
const substitutionIndexes = (entry: CatalogEntry): number[] => {
  const used = new Set(usedPlaceholders(entry));
  const contents = Object.entries(entry.placeholders ?? {})
    .filter(([name]) => used.has(name.toLowerCase()))
    .map(([, placeholder]) => placeholder.content);
  return [...new Set(contents.flatMap((c) => [...c.matchAll(SUBSTITUTION_INDEX)].map((m) => Number(m[1]))))].sort();
};

const latinWords = (text: string): string[] => text.replace(NAMED_PLACEHOLDER, ' ').match(/[A-Za-z][A-Za-z-]*/g) ?? [];

describe('message catalogs', () => {
  it('have exactly the same keys in English and Korean', () => {
    expect(Object.keys(KO).sort()).toEqual(Object.keys(EN).sort());
  });

  it('use keys of [a-z0-9_], or the camelCase ext* keys of the manifest', () => {
    for (const key of Object.keys(EN)) expect(key).toMatch(/^([a-z0-9_]+|ext[A-Z][A-Za-z]*)$/);
  });

  it.each(Object.keys(LOCALES))('%s: every entry has a message and a description for translators', (locale) => {
    for (const [key, entry] of entries(LOCALES[locale as keyof typeof LOCALES])) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.description?.trim() ?? '', key).not.toBe('');
    }
  });

  it.each(Object.keys(LOCALES))('%s: every $NAME$ is defined, every placeholder used, and $ only so', (locale) => {
    for (const [key, entry] of entries(LOCALES[locale as keyof typeof LOCALES])) {
      expect(definedPlaceholders(entry), key).toEqual(usedPlaceholders(entry));
      // formatMessage fills $1… only inside placeholder contents, so a bare $1 in a message would print as is.
      expect(entry.message.replace(NAMED_PLACEHOLDER, '').replaceAll('$$', ''), key).not.toContain('$');
    }
  });

  it('define the same placeholders in both languages, taking the same substitutions', () => {
    for (const [key, entry] of entries(EN)) {
      const korean = KO[key];
      if (korean === undefined) continue; // the key-set test reports it
      expect(definedPlaceholders(korean), key).toEqual(definedPlaceholders(entry));
      expect(substitutionIndexes(korean), key).toEqual(substitutionIndexes(entry));
    }
  });

  it('are in Korean in Korean: every entry with words other than attribute and product names has Hangul', () => {
    const untranslated = entries(KO)
      .filter(([, entry]) => latinWords(entry.message).some((word) => !UNTRANSLATED_TERMS.has(word)))
      .filter(([, entry]) => !HANGUL.test(entry.message))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});

describe('catalog coverage of the core model', () => {
  it.each(RULE_IDS)('has a title, message, why and fix for rule %s', (rule) => {
    for (const part of RULE_PARTS) expect(EN[ruleTextKey(rule, part)], `${rule} ${part}`).toBeDefined();
  });

  it.each(RULE_IDS)('names the cookie (first substitution) in the one-line message of rule %s', (rule) => {
    const message = EN[ruleTextKey(rule, 'message')];
    expect(message).toBeDefined();
    if (message === undefined) return;
    expect(substitutionIndexes(message)).toContain(1);
    expect(message.message).not.toContain('\n');
  });

  it.each([...ROLES])('has a name for role %s', (role) => {
    expect(EN[`role_${role.replaceAll('-', '_')}`]).toBeDefined();
  });

  it.each([...SEVERITIES])('has a name for severity %s', (severity) => {
    expect(EN[`severity_${severity}`]).toBeDefined();
  });

  it('has a grade label taking the grade', () => {
    const label = EN.grade_label;
    expect(label).toBeDefined();
    if (label !== undefined) expect(substitutionIndexes(label)).toEqual([1]);
  });
});
