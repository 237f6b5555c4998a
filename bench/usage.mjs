// Preloaded (--import) into a measured child process: reports its CPU time and peak resident memory on exit.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
  writeSync(2, `\nCRUMBTRAIL_USAGE ${userCPUTime + systemCPUTime} ${maxRSS}\n`);
});
