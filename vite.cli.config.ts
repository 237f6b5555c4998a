import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * Builds the Node CLI into one ES module that `bin/crumbtrail.mjs` imports. Runtime dependencies (tldts)
 * stay external: `npm ci` installs them, and `prepare` runs this build right after.
 */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'tldts'],
      output: { format: 'es', entryFileNames: 'crumbtrail.mjs' },
    },
  },
});
