/**
 * `npm run bench`: speed, memory and size against baselines measured in the same run. A benchmark, not a
 * test: it prints figures and targets and never fails on them. Rows are numbered as in issue 11; rows 4-6
 * drive the built extension in real Chromium and Firefox ESR.
 */
import { availableParallelism, cpus } from 'node:os';
import { resolve } from 'node:path';
import { browserRows } from './browsers.ts';
import { bundleRows } from './bundles.ts';
import { harRows, startUpRow } from './cli.ts';
import { checksum, parserRows } from './parsers.ts';

// This file runs bundled, as dist/bench/run.js: the project root is two levels up.
const ROOT = resolve(import.meta.dirname, '..', '..');

const main = async (): Promise<void> => {
  const started = performance.now();
  console.log(`Crumbtrail bench on Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'})`);
  parserRows();
  await harRows(ROOT);
  startUpRow(ROOT);
  await browserRows();
  await bundleRows(ROOT);
  console.log(`\n(checksum ${checksum()}; bench took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
};

await main();
