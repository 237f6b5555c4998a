import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliOnce } from './build-cli.ts';
import { runCli } from './run-cli.ts';

const SOURCE = path.join('test', 'fixtures', 'har', 'cli-login-not-rotated.har');
/** A body far larger than everything else in the file, as base64 images and videos are. */
const BODY_BYTES = 17 * 1024 * 1024;

const dir = mkdtempSync(path.join(tmpdir(), 'crumbtrail-large-'));
const large = path.join(dir, 'large.har');
const truncated = path.join(dir, 'truncated.har');

beforeAll(async () => {
  await buildCliOnce();
  // The first response gets a body of 17 MiB: the audit never reads bodies, so the report must not change.
  const text = readFileSync(SOURCE, 'utf8');
  const withBody = text.replace('"content": {', `"content": {"text": "${'QUJD'.repeat(BODY_BYTES / 4)}", "encoding": "base64",`);
  expect(withBody.length).toBeGreaterThan(BODY_BYTES);
  writeFileSync(large, withBody);
  writeFileSync(truncated, withBody.slice(0, -40));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crumbtrail audit on a HAR with a body of 17 MiB', () => {
  it('gives the report it gives without the body', () => {
    const run = runCli(['audit', large, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(runCli(['audit', SOURCE, '--format', 'json']).stdout);
  });

  it('says a cut-off file ends too early, as for a small one', () => {
    const run = runCli(['audit', truncated]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/truncated\.har is not valid JSON \(it ends too early\)\.\n$/);
  });
});
