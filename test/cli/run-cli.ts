import { spawnSync } from 'node:child_process';
import { BIN, ROOT } from './build-cli.ts';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/crumbtrail.mjs` as a child process with a clean, English, colourless environment. */
export const runCli = (args: readonly string[], env: Readonly<Record<string, string>> = {}): CliRun => {
  const base: Record<string, string> = { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...base, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
