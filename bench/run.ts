/**
 * `npm run bench`: speed and memory against baselines measured in the same run. A benchmark, not a test:
 * it prints figures and targets and never fails on them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseString as setCookieParserParse } from 'set-cookie-parser';
import { Cookie as ToughCookie } from 'tough-cookie';
import { parseCookie as cookiePackageParse } from 'cookie';
import { parseSetCookie } from '../src/core/parse/set-cookie.ts';
import { parseCookieHeader } from '../src/core/parse/cookie-header.ts';
import { cookieHeaders, setCookieHeaders } from './corpus.ts';
import { writeHar } from './har.ts';

const ROUNDS = 7;
const WARM_UP = 2;
// This file runs bundled, as dist/bench/run.js: the project root is two levels up.
const ROOT = resolve(import.meta.dirname, '..', '..');

type Parser = { readonly label: string; readonly parse: (input: string) => unknown };

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

let sink = 0;
const runOnce = (parser: Parser, inputs: readonly string[]): number => {
  const start = performance.now();
  for (const input of inputs) if (parser.parse(input) !== null) sink += 1;
  return performance.now() - start;
};

/** Rounds are interleaved across parsers so that drift in the machine's speed hits all of them alike. */
const medians = (parsers: readonly Parser[], inputs: readonly string[]): number[] => {
  const times = parsers.map(() => [] as number[]);
  for (let round = 0; round < WARM_UP + ROUNDS; round += 1) {
    parsers.forEach((parser, i) => {
      const elapsed = runOnce(parser, inputs);
      if (round >= WARM_UP) times[i]?.push(elapsed);
    });
  }
  return times.map(median);
};

const ms = (value: number): string => `${value.toFixed(1).padStart(9)} ms`;

const compare = (title: string, ours: Parser, peers: readonly Parser[], inputs: readonly string[]): void => {
  const [oursMs = Number.NaN, ...peerMs] = medians([ours, ...peers], inputs);
  console.log(`\n${title} (median of ${ROUNDS} rounds after ${WARM_UP} warm-up)`);
  console.log(`  ${ours.label.padEnd(36)}${ms(oursMs)}`);
  peers.forEach((peer, i) => console.log(`  ${peer.label.padEnd(36)}${ms(peerMs[i] ?? Number.NaN)}`));
  const fastestPeer = Math.min(...peerMs);
  console.log(`  ratio fastest peer / crumbtrail: ${(fastestPeer / oursMs).toFixed(2)}   (target >= 1.0)`);
};

/** Time per unit of input at growing sizes: flat figures mean linear time. */
const scaling = (title: string, make: (n: number) => string, sizes: readonly number[], unit: string): void => {
  console.log(`\n${title}`);
  for (const size of sizes) {
    const input = make(size);
    const elapsed = median(Array.from({ length: 5 }, () => runOnce({ label: '', parse: parseSetCookie }, [input])));
    console.log(`  ${String(size).padStart(9)} ${unit.padEnd(11)}${ms(elapsed)}   ${((elapsed * 1e6) / size).toFixed(1)} ns per ${unit}`);
  }
};

interface ProcessRun {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly status: number | null;
}

const runMeasured = (args: readonly string[]): ProcessRun => {
  const devNull = openSync('/dev/null', 'w');
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', join(ROOT, 'bench/max-rss.mjs'), ...args], {
    stdio: ['ignore', devNull, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const elapsed = performance.now() - start;
  const kb = /CRUMBTRAIL_MAXRSS_KB (\d+)/.exec(child.stderr)?.[1];
  return { ms: elapsed, maxRssMb: Number(kb) / 1024, status: child.status };
};

const medianRun = (args: readonly string[], rounds: number): ProcessRun => {
  const runs = Array.from({ length: rounds }, () => runMeasured(args));
  return { ms: median(runs.map((r) => r.ms)), maxRssMb: median(runs.map((r) => r.maxRssMb)), status: runs[0]?.status ?? null };
};

const harRow = async (): Promise<void> => {
  const cli = join(ROOT, 'bin/crumbtrail.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'crumbtrail-bench-'));
  try {
    console.log('\nCLI: `crumbtrail audit FILE --format json > /dev/null` against reading + JSON.parse in plain Node');
    for (const entries of [1_000, 10_000, 50_000]) {
      const file = join(dir, `bench-${entries}.har`);
      await writeHar(file, entries);
      const sizeMb = statSync(file).size / 1024 / 1024;
      const rounds = entries >= 50_000 ? 1 : 3;
      const floor = medianRun([join(ROOT, 'bench/json-parse-floor.mjs'), file], rounds);
      const audit = medianRun([cli, 'audit', file, '--format', 'json'], rounds);
      const exitNote = audit.status === 0 || audit.status === 1 ? '' : `   (CLI exit ${audit.status})`;
      console.log(
        `  ${String(entries).padStart(6)} entries ${sizeMb.toFixed(1).padStart(6)} MB: audit ${ms(audit.ms)}, floor ${ms(floor.ms)}, ` +
          `ratio ${(audit.ms / floor.ms).toFixed(2)} (target <= 1.5); peak RSS ${audit.maxRssMb.toFixed(0)} MB = ` +
          `${(audit.maxRssMb / sizeMb).toFixed(2)}x file (target <= 3x; floor ${(floor.maxRssMb / sizeMb).toFixed(2)}x)${exitNote}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const main = async (): Promise<void> => {
  console.log(`Crumbtrail bench on Node ${process.version}`);
  compare(
    'Set-Cookie parse, 100,000 headers',
    { label: 'crumbtrail parseSetCookie', parse: parseSetCookie },
    [
      { label: 'set-cookie-parser parseString', parse: (h) => setCookieParserParse(h, { decodeValues: false }) },
      { label: 'tough-cookie Cookie.parse', parse: (h) => ToughCookie.parse(h) ?? null },
    ],
    setCookieHeaders(100_000),
  );
  compare(
    'Cookie header parse, 100,000 headers of ~10 pairs',
    { label: 'crumbtrail parseCookieHeader', parse: parseCookieHeader },
    [{ label: 'cookie parseCookie', parse: (h) => cookiePackageParse(h) }],
    cookieHeaders(100_000),
  );
  scaling('Set-Cookie parse scaling: attributes', (n) => `a=b${'; Path=/x'.repeat(n)}`, [1_000, 10_000, 100_000], 'attributes');
  scaling('Set-Cookie parse scaling: value size', (n) => `a=${'v'.repeat(n)}`, [10_000, 100_000, 1_000_000], 'bytes');
  await harRow();
  console.log(`\n(checksum ${sink})`);
};

await main();
