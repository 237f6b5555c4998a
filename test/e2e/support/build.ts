import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest folder up with a package.json: the project, whether this runs from test/ or bundled in dist/bench. */
const projectRoot = (from: string): string =>
  existsSync(join(from, 'package.json')) || dirname(from) === from ? from : projectRoot(dirname(from));

export const ROOT = projectRoot(import.meta.dirname);
/** The builds under test; CRUMBTRAIL_DIST points the tests at another build's folder (with chrome/ and firefox/). */
const DIST_ROOT = process.env['CRUMBTRAIL_DIST'] ?? join(ROOT, 'dist');
export const DIST = { chrome: join(DIST_ROOT, 'chrome'), firefox: join(DIST_ROOT, 'firefox') } as const;

const SOURCES = ['src', 'public', 'manifest.json', 'manifest.config.ts', 'vite.config.ts'];

const newestMtime = (path: string): number => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), stat.mtimeMs);
};

const builtAt = (dist: string): number => {
  const manifest = join(dist, 'manifest.json');
  return existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
};

/**
 * Builds both targets when a dist is missing or older than any source; otherwise does nothing. Returns
 * whether it built; `output: 'pipe'` keeps the build's log out of the caller's (the bench's) output.
 */
export const ensureBuilt = (output: 'inherit' | 'pipe' = 'inherit'): boolean => {
  if (process.env['CRUMBTRAIL_DIST'] !== undefined) return false;
  const sources = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  const built = Math.min(builtAt(DIST.chrome), builtAt(DIST.firefox));
  if (built > sources) return false;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: output });
  return true;
};
