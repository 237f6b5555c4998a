import { fstatSync, writeSync } from 'node:fs';
import type { Terminal } from './run.ts';

const isCharacterDevice = (fd: number): boolean => {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
};

/** What is used of Node's stream for a standard output. */
export interface StdioStream {
  readonly isTTY?: boolean;
  readonly write: (chunk: Uint8Array) => unknown;
}

/**
 * A standard output of the process without Node's stream object, which takes longer to load than the
 * audit of a small file takes to run: text is written with writeSync, as Node itself writes to a file.
 * The stream is made only to ask a character device whether it is a terminal (anything else is not), or
 * to take over what the descriptor refused (a full non-blocking pipe, a closed one), which it then
 * handles as it always did.
 */
export const stdio = (fd: number, stream: () => StdioStream): Terminal => ({
  get isTTY() {
    return isCharacterDevice(fd) && stream().isTTY === true;
  },
  write: (text) => {
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    } catch {
      stream().write(bytes.subarray(written));
    }
  },
});
