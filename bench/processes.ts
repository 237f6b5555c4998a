/** Child processes measured from outside: wall time by the parent, CPU time and peak memory by the child. */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './stats.ts';

export interface ProcessRun {
  readonly wallMs: number;
  /** User plus system time of every thread of the child (JIT and GC threads included). */
  readonly cpuMs: number;
  readonly peakRssMb: number;
  readonly status: number | null;
}

/** Runs `node ...args` with stdout to /dev/null; with `usage`, the child reports its own CPU time and peak memory. */
export const runNode = (root: string, args: readonly string[], usage = true): ProcessRun => {
  const devNull = openSync('/dev/null', 'w');
  const preload = usage ? ['--import', join(root, 'bench/usage.mjs')] : [];
  const start = performance.now();
  const child = spawnSync(process.execPath, [...preload, ...args], { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 24 });
  const wallMs = performance.now() - start;
  closeSync(devNull);
  const [, cpuUs = 'NaN', rssKb = 'NaN'] = /CRUMBTRAIL_USAGE (\d+) (\d+)/.exec(child.stderr) ?? [];
  return { wallMs, cpuMs: Number(cpuUs) / 1000, peakRssMb: Number(rssKb) / 1024, status: child.status };
};

/** Medians of each measure over runs of several commands, the commands taking turns. */
export const interleavedMedians = (commands: readonly (() => ProcessRun)[], rounds: number): ProcessRun[] => {
  const runs = commands.map(() => [] as ProcessRun[]);
  for (let round = 0; round < rounds; round += 1) commands.forEach((command, i) => runs[i]?.push(command()));
  return runs.map((list) => ({
    wallMs: median(list.map((run) => run.wallMs)),
    cpuMs: median(list.map((run) => run.cpuMs)),
    peakRssMb: median(list.map((run) => run.peakRssMb)),
    status: list[0]?.status ?? null,
  }));
};
