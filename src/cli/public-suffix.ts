import { createRequire } from 'node:module';
import type * as Tldts from 'tldts';

/**
 * The CLI's `tldts` (vite.cli.config.ts resolves the package to this file): the public-suffix list is
 * loaded on the first host lookup, so a run that looks up no host (help, version, an empty or broken HAR)
 * never evaluates it. A CommonJS require loads it synchronously, as the lookups are synchronous.
 */
let loaded: typeof Tldts | null = null;

const tldts = (): typeof Tldts => {
  loaded ??= createRequire(import.meta.url)('tldts') as typeof Tldts;
  return loaded;
};

export const getDomain: typeof Tldts.getDomain = (url, options) => tldts().getDomain(url, options);

export const getPublicSuffix: typeof Tldts.getPublicSuffix = (url, options) => tldts().getPublicSuffix(url, options);
