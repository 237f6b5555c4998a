import { runCli } from './run.ts';
import { stdio } from './stdio.ts';

void runCli({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: stdio(1, () => process.stdout),
  stderr: stdio(2, () => process.stderr),
  now: Date.now,
  version: __CLI_VERSION__,
}).then((code) => {
  process.exitCode = code;
});
