// What each framework needs from Debian, checked by a path as scripts/ensure-browsers.mjs does (which
// installs them as root), so that a missing one fails with one line naming the package to install.
import { existsSync } from 'node:fs';

export interface DebianRequirement {
  readonly path: string;
  readonly pkg: string;
}

export const PYTHON = '/usr/bin/python3';
export const PHP = '/usr/bin/php';
export const HAPROXY = '/usr/sbin/haproxy';

export const REQUIREMENTS = {
  // Debian's python3, not a pyenv `python3` on PATH: only it sees Debian's python3-* packages.
  django: [{ path: PYTHON, pkg: 'python3' }, { path: '/usr/lib/python3/dist-packages/django/__init__.py', pkg: 'python3-django' }],
  flask: [{ path: PYTHON, pkg: 'python3' }, { path: '/usr/lib/python3/dist-packages/flask/__init__.py', pkg: 'python3-flask' }],
  php: [{ path: PHP, pkg: 'php-cli' }],
  haproxy: [{ path: HAPROXY, pkg: 'haproxy' }],
} as const satisfies Record<string, readonly DebianRequirement[]>;

/** Throws one line naming the Debian package to install when a file it provides is missing. */
export const requireInstalled = (requirements: readonly DebianRequirement[]): void => {
  const missing = requirements.find(({ path }) => !existsSync(path));
  if (missing !== undefined) {
    throw new Error(`${missing.path} is missing: install Debian's ${missing.pkg} (apt-get install -y ${missing.pkg}, or run node scripts/ensure-browsers.mjs as root)`);
  }
};
