import { dirname, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * The demo's modules stay outside the bundle, loaded from demo/ by absolute path as the e2e tests load them:
 * they find their files next to them, and one starts a server when it is the main script.
 */
const demoExternal = (): Plugin => ({
  name: 'crumbtrail-bench-demo-external',
  enforce: 'pre',
  resolveId: (source, importer) =>
    importer !== undefined && /(^|\/)demo\/[^/]+\.mjs$/.test(source) ? { id: resolve(dirname(importer), source), external: 'absolute' } : null,
});

/** Bundles bench/run.ts for plain Node; the peers it measures stay external, loaded from node_modules. */
export default defineConfig({
  plugins: [demoExternal()],
  build: {
    ssr: process.env['CRUMBTRAIL_BENCH_ENTRY'] ?? 'bench/run.ts',
    outDir: 'dist/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
  },
});
