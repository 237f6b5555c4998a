import { mkdtempSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'crumbtrail.mjs');
const BUNDLE = path.join(ROOT, 'dist', 'cli', 'crumbtrail.mjs');

let built: Promise<void> | null = null;

/**
 * Builds the CLI the way `npm run prepare` does. Test files run in parallel workers, so each builds into a
 * private directory and renames the bundle into place: a rename replaces the file atomically.
 */
export const buildCliOnce = (): Promise<void> => {
  built ??= (async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'crumbtrail-cli-'));
    await build({
      configFile: path.join(ROOT, 'vite.cli.config.ts'),
      root: ROOT,
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    mkdirSync(path.dirname(BUNDLE), { recursive: true });
    renameSync(path.join(outDir, 'crumbtrail.mjs'), BUNDLE);
    rmSync(outDir, { recursive: true, force: true });
  })();
  return built;
};
