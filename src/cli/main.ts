import { runCli } from './run.ts';

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  now: Date.now,
  version: __CLI_VERSION__,
});
