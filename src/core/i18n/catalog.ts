import type { MessageKey, Translate } from './translate.ts';

/** One entry of a WebExtension `messages.json` file. */
export interface CatalogEntry {
  readonly message: string;
  readonly description?: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string; readonly example?: string }>>;
}

export type Catalog = Readonly<Record<string, CatalogEntry>>;

const PLACEHOLDER_OR_DOLLAR = /\$\$|\$([A-Za-z0-9_@]+)\$/g;
const SUBSTITUTION = /\$(\$|[1-9])/g;

const substitute = (text: string, substitutions: readonly string[]): string =>
  text.replace(SUBSTITUTION, (_, slot: string) => (slot === '$' ? '$' : (substitutions[Number(slot) - 1] ?? '')));

/**
 * Renders an entry the way `browser.i18n.getMessage` does: named `$PLACEHOLDER$`s take their content, and
 * `$1`…`$9` in that content take the substitutions, so the CLI and the extension print the same text.
 */
export const formatMessage = (entry: CatalogEntry, substitutions: readonly string[] = []): string => {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  // One pass, so a substituted value is never scanned again.
  return entry.message.replace(PLACEHOLDER_OR_DOLLAR, (whole, name: string | undefined) => {
    if (name === undefined) return '$';
    const content = placeholders.get(name.toLowerCase());
    return content === undefined ? whole : substitute(content, substitutions);
  });
};

/** A Translate over an in-memory catalog; an unknown key yields "" as browsers do. */
export const translatorFor =
  (catalog: Catalog): Translate =>
  (key: MessageKey, substitutions?: readonly string[]) => {
    const entry = catalog[key];
    return entry === undefined ? '' : formatMessage(entry, substitutions);
  };
