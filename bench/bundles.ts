/** Row 7: what each extension context loads, gzipped, from the Chrome build `npm run build` makes. */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { objectAt, stringAt } from '../src/core/har/json-read.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../src/core/json.ts';
import { ratio } from './stats.ts';

const OUT = 'dist/chrome';
/** The page the DevTools page opens as the panel (src/devtools/devtools.ts); the manifest names the others. */
const PANEL_PAGE = 'src/panel/panel.html';
const POPUP_TARGET_KB = 30;

/** The build's code by chunk, kept by a plugin, to find which chunks hold the public-suffix list. */
type ModulesByChunk = Map<string, { readonly id: string; readonly code: string }[]>;

const recordModules = (into: ModulesByChunk): Plugin => ({
  name: 'crumbtrail-bench-modules',
  generateBundle(_, bundle) {
    for (const [file, output] of Object.entries(bundle)) {
      if (output.type !== 'chunk') continue;
      into.set(file, Object.entries(output.modules).map(([id, module]) => ({ id, code: module.code ?? '' })));
    }
  },
});

const gzipKb = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length / 1024;

/** Static imports of a built module (`from"./x.js"`, `import"./x.js"`), as files of the build. */
const IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g;
/** A classic worker's `importScripts("x.js")`, relative to the script: how listen.js loads the background. */
const IMPORT_SCRIPTS = /importScripts\(\s*[`"']([^`"']+)[`"']/g;
/** Scripts, module preloads and style sheets of a page, written from the extension's root. */
const PAGE_ASSET = /(?:src|href)="\/([^"]+\.(?:js|css))"/g;

const closure = (root: string, entries: readonly string[]): Set<string> => {
  const files = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    if (file.endsWith('.html')) for (const [, asset = ''] of readFileSync(join(root, file), 'utf8').matchAll(PAGE_ASSET)) visit(normalize(asset));
    if (!file.endsWith('.js')) return;
    const code = readFileSync(join(root, file), 'utf8');
    for (const [, path = ''] of [...code.matchAll(IMPORT), ...code.matchAll(IMPORT_SCRIPTS)]) visit(normalize(join(dirname(file), path)));
  };
  entries.forEach(visit);
  return files;
};

/** Each context and the file it starts from, as the built manifest names them. */
const manifestContexts = (root: string): readonly (readonly [string, string])[] => {
  const manifest: JsonValue = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const at = (object: JsonObject | null, key: string): string => (object === null ? null : stringAt(object, key)) ?? '';
  const top = isJsonObject(manifest) ? manifest : null;
  return [
    ['background', at(top === null ? null : objectAt(top, 'background'), 'service_worker')],
    ['panel', PANEL_PAGE],
    ['popup', at(top === null ? null : objectAt(top, 'action'), 'default_popup')],
    ['devtools page', at(top, 'devtools_page')],
  ];
};

/**
 * A rule only the public-suffix list holds, so a script holding it bundles the list. The background is built
 * apart (vite.config.ts builds its classic scripts in a build of their own), out of reach of the plugin above.
 */
const SUFFIX_LIST_MARKER = 'kommunalforbund';
const holdsSuffixList = (root: string, file: string): boolean => file.endsWith('.js') && readFileSync(join(root, file), 'utf8').includes(SUFFIX_LIST_MARKER);

const isPublicSuffixModule = (id: string): boolean => /[\\/]node_modules[\\/]tldts(-core)?[\\/]/.test(id);

export const bundleRows = async (projectRoot: string): Promise<void> => {
  const modules: ModulesByChunk = new Map();
  await build({ configFile: join(projectRoot, 'vite.config.ts'), root: projectRoot, logLevel: 'warn', plugins: [recordModules(modules)] });
  const root = join(projectRoot, OUT);
  const suffixCode = [...modules.values()].flatMap((list) => list.filter(({ id }) => isPublicSuffixModule(id)).map(({ code }) => code)).join('\n');
  const suffixFiles = new Set<string>();
  console.log(`\nRow 7. Bundle sizes per context, gzipped (level 9), from the Chrome build in ${OUT} (HTML, scripts and styles each context loads)`);
  for (const [context, entry] of manifestContexts(root)) {
    const files = [...closure(root, [entry])].sort();
    const kb = files.reduce((sum, file) => sum + gzipKb(readFileSync(join(root, file))), 0);
    const withList = files.filter((file) => holdsSuffixList(root, file));
    withList.forEach((file) => suffixFiles.add(file));
    const suffix = withList.length > 0 ? ', public-suffix list included' : '';
    const target = context === 'popup' ? `   (target < ${POPUP_TARGET_KB} kB: ${ratio(kb / POPUP_TARGET_KB)} of it)` : '';
    console.log(`  ${context.padEnd(14)}${kb.toFixed(1).padStart(7)} kB in ${files.length} files${suffix}${target}`);
  }
  console.log(
    `  public-suffix list (tldts): ${gzipKb(suffixCode).toFixed(1)} kB gzipped on its own, in ${[...suffixFiles].join(', ')}`,
  );
  const locales = ['en', 'ko'].map((language) => `${language} ${gzipKb(readFileSync(join(root, '_locales', language, 'messages.json'))).toFixed(1)} kB`);
  console.log(`  message catalogs (read by the browser, not bundled): ${locales.join(', ')}`);
};
