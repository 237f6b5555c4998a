import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };

/**
 * Builds the Node CLI into a CommonJS module that `bin/crumbtrail.mjs` requires, and one chunk per message
 * catalog (a run loads the one it speaks). The runtime dependency tldts stays external (`npm ci` installs
 * it, and `prepare` runs this build right after) and is loaded on first use: see src/cli/public-suffix.ts.
 */
export default defineConfig({
  publicDir: false,
  define: { __CLI_VERSION__: JSON.stringify(packageJson.version) },
  // Catalogs as JSON.parse of one string literal: much quicker to load than the same object as code.
  json: { stringify: true, namedExports: false },
  resolve: { alias: { tldts: fileURLToPath(new URL('src/cli/public-suffix.ts', import.meta.url)) } },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    // Less source to parse at every start-up.
    minify: true,
    sourcemap: false,
    rolldownOptions: {
      external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      // CommonJS: Node then loads its built-in modules without the ES module facades (node:fs's loads streams).
      output: { format: 'cjs', entryFileNames: 'crumbtrail.cjs', chunkFileNames: 'assets/[name]-[hash].cjs' },
    },
  },
});
