// Preloaded into a measured child process: reports its peak resident memory on exit.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\nCRUMBTRAIL_MAXRSS_KB ${process.resourceUsage().maxRSS}\n`);
});
