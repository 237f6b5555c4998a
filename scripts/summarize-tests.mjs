#!/usr/bin/env node
// Prints one "suite: N passed, N failed" line per Vitest JSON result file in the given folder, for CI.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'test-output';
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('-results.json')) : [];
if (files.length === 0) console.log('tests: 0 passed, 1 failed (no test results were written)');
for (const file of files.sort()) {
  const result = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const suite = file.replace(/-results\.json$/, '');
  const skipped = result.numPendingTests + result.numTodoTests;
  console.log(`${suite}: ${result.numPassedTests} passed, ${result.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
