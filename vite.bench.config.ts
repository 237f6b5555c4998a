import { defineConfig } from 'vite';

/** Bundles bench/run.ts for plain Node; the peers it measures stay external, loaded from node_modules. */
export default defineConfig({
  build: {
    ssr: 'bench/run.ts',
    outDir: 'dist/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
  },
});
