import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { BACKGROUND_SCRIPTS, manifestFor, manifestJsonFor, type Target } from './manifest.config.ts';

const BACKGROUND_ENTRIES = {
  [BACKGROUND_SCRIPTS.listen]: 'src/background/listen.ts',
  [BACKGROUND_SCRIPTS.main]: 'src/background/index.ts',
} as const;

/**
 * Builds the background as classic scripts (one self-contained IIFE each) and gives the built manifest its
 * background. crxjs would make it an ES module, and a module worker runs no line before its whole import
 * graph is fetched and compiled: the first page loads after start-up would go unrecorded meanwhile.
 */
const classicBackground = (target: Target, outDir: string): Plugin => ({
  name: 'crumbtrail:classic-background',
  apply: 'build',
  async closeBundle() {
    for (const [file, entry] of Object.entries(BACKGROUND_ENTRIES)) {
      await build({
        configFile: false,
        publicDir: false,
        logLevel: 'warn',
        define: { __TARGET__: JSON.stringify(target) },
        build: {
          outDir: join(outDir, dirname(file)),
          emptyOutDir: false,
          lib: { entry, formats: ['iife'], name: 'crumbtrail', fileName: () => basename(file) },
        },
      });
    }
    const manifestPath = join(outDir, 'manifest.json');
    const built: Record<string, unknown> = JSON.parse(readFileSync(manifestPath, 'utf8'));
    writeFileSync(manifestPath, `${JSON.stringify({ ...built, background: manifestJsonFor(target)['background'] }, null, 2)}\n`);
  },
});

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const outDir = `dist/${target}`;
  return {
    plugins: [preact(), crx({ manifest: manifestFor(target), browser: target }), classicBackground(target, outDir)],
    define: { __TARGET__: JSON.stringify(target) },
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: { panel: 'src/panel/panel.html' } },
    },
  };
});
