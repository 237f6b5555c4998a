import { version } from '../../package.json';
import { runCli } from './run.ts';

process.exitCode = runCli({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  now: Date.now,
  version,
});
