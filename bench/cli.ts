/** Rows 2 and 3: the CLI as a process, against plain Node doing the least the same input needs. */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interleavedMedians, runNode, type ProcessRun } from './processes.ts';
import { writeHar, writeRealHar } from './har.ts';
import { ms, ratio } from './stats.ts';

/** Fewer rounds for the large files: one 50k run takes seconds. */
const SIZES = [
  { entries: 1_000, rounds: 9 },
  { entries: 10_000, rounds: 5 },
  { entries: 50_000, rounds: 3 },
] as const;
const REAL_ROUNDS = 9;
const START_UP_ROUNDS = 40;

interface HarRow {
  readonly label: string;
  readonly entries: number;
  readonly megabytes: number;
  readonly audit: ProcessRun;
  readonly floor: ProcessRun;
}

const exitNote = (run: ProcessRun): string => (run.status === 0 || run.status === 1 ? '' : `   (CLI exit ${String(run.status)})`);

const printRow = ({ label, megabytes, audit, floor }: HarRow): void => {
  console.log(
    `  ${label.padEnd(18)}${megabytes.toFixed(1).padStart(7)} MB | wall ${ms(audit.wallMs)} / ${ms(floor.wallMs)} = ${ratio(audit.wallMs / floor.wallMs)}` +
      ` | cpu ${ms(audit.cpuMs)} / ${ms(floor.cpuMs)} = ${ratio(audit.cpuMs / floor.cpuMs)}` +
      ` | peak RSS ${audit.peakRssMb.toFixed(0).padStart(5)} / ${floor.peakRssMb.toFixed(0).padStart(5)} MB = ${ratio(audit.peakRssMb / floor.peakRssMb)}${exitNote(audit)}`,
  );
};

const measureHar = (root: string, label: string, file: string, entries: number, rounds: number): HarRow => {
  const cli = join(root, 'bin/crumbtrail.mjs');
  const [audit, floor] = interleavedMedians(
    [() => runNode(root, [cli, 'audit', file, '--format', 'json']), () => runNode(root, [join(root, 'bench/json-parse-floor.mjs'), file])],
    rounds,
  );
  if (audit === undefined || floor === undefined) throw new Error('no measures');
  const row = { label, entries, megabytes: statSync(file).size / 1024 / 1024, audit, floor };
  printRow(row);
  return row;
};

/**
 * How time and memory grow with the entries: the time each 1,000 more entries add between two sizes
 * (equal at every step when growth is linear, start-up aside) and the ratios of the figures themselves.
 */
const printGrowth = (rows: readonly HarRow[]): void => {
  for (let i = 1; i < rows.length; i += 1) {
    const [before, after] = [rows[i - 1], rows[i]];
    if (before === undefined || after === undefined) continue;
    const thousands = (after.entries - before.entries) / 1000;
    console.log(
      `  growth ${before.label.trim()} -> ${after.label.trim()}: each 1,000 more entries add ${ms((after.audit.wallMs - before.audit.wallMs) / thousands)} wall, ` +
        `${ms((after.audit.cpuMs - before.audit.cpuMs) / thousands)} cpu; ${ratio(after.entries / before.entries)}x the entries give ` +
        `${ratio(after.audit.wallMs / before.audit.wallMs)}x the wall time, ${ratio(after.audit.peakRssMb / before.audit.peakRssMb)}x the peak RSS`,
    );
  }
};

export const harRows = async (root: string): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'crumbtrail-bench-'));
  try {
    console.log('\nRow 2. CLI `crumbtrail audit FILE --format json` against reading + JSON.parse in plain Node (audit / floor)');
    console.log('  targets: wall <= 1.0, cpu <= 1.0, peak RSS <= 1.5; medians, the two taking turns');
    const rows: HarRow[] = [];
    for (const { entries, rounds } of SIZES) {
      const file = join(dir, `bench-${entries}.har`);
      await writeHar(file, entries);
      rows.push(measureHar(root, `${entries / 1000}k generated`, file, entries, rounds));
      rmSync(file);
    }
    const real = join(dir, 'real.har');
    const realEntries = writeRealHar(join(root, '..', 'shared', 'corpora', 'har-real'), real);
    measureHar(root, `real x12 (${realEntries})`, real, realEntries, REAL_ROUNDS);
    printGrowth(rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

export const startUpRow = (root: string): void => {
  const dir = mkdtempSync(join(tmpdir(), 'crumbtrail-bench-'));
  try {
    const empty = join(dir, 'empty.har');
    writeFileSync(empty, '{"log":{"version":"1.2","creator":{"name":"crumbtrail-bench","version":"1"},"entries":[]}}\n');
    const [audit, bare] = interleavedMedians(
      [() => runNode(root, [join(root, 'bin/crumbtrail.mjs'), 'audit', empty, '--format', 'json'], false), () => runNode(root, ['-e', '0'], false)],
      START_UP_ROUNDS,
    );
    if (audit === undefined || bare === undefined) throw new Error('no measures');
    console.log(`\nRow 3. Start-up: the CLI on an empty HAR against bare \`node -e 0\` (wall, median of ${START_UP_ROUNDS} runs each, taking turns)`);
    console.log(`  crumbtrail audit empty.har ${ms(audit.wallMs)}, node -e 0 ${ms(bare.wallMs)}: ratio ${ratio(audit.wallMs / bare.wallMs)}   (target <= 1.3)${exitNote(audit)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
