import { mkdtempSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const BIN = path.join(ROOT, 'bin', 'crumbtrail.mjs');
const BUNDLE = path.join(ROOT, 'dist', 'cli', 'crumbtrail.cjs');

let built: Promise<void> | null = null;

/**
 * Builds the CLI the way `npm run prepare` does. Test files run in parallel workers, so each builds into a
 * private directory and renames the files into place: a rename replaces a file atomically. The chunks
 * (named by their content) go first, the entry that imports them last.
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
    const chunks = readdirSync(path.join(outDir, 'assets'));
    mkdirSync(path.join(path.dirname(BUNDLE), 'assets'), { recursive: true });
    for (const chunk of chunks) renameSync(path.join(outDir, 'assets', chunk), path.join(path.dirname(BUNDLE), 'assets', chunk));
    renameSync(path.join(outDir, 'crumbtrail.cjs'), BUNDLE);
    rmSync(outDir, { recursive: true, force: true });
  })();
  return built;
};
