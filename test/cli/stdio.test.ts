import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stdio, type StdioStream } from '../../src/cli/stdio.ts';

const dirs: string[] = [];
const tempFile = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crumbtrail-stdio-'));
  dirs.push(dir);
  return path.join(dir, 'out.txt');
};

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A stream the test fails on if the descriptor alone should have been enough. */
const noStream = (): StdioStream => {
  throw new Error('the stream was created');
};

describe('stdio', () => {
  it('writes the whole text to the descriptor, UTF-8, without creating the stream', () => {
    const file = tempFile();
    const fd = openSync(file, 'w');
    const out = stdio(fd, noStream);
    const text = `쿠키 ${'x'.repeat(1 << 20)}\n`;
    out.write(text);
    out.write('end\n');
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(`${text}end\n`);
  });

  it('is no terminal when the descriptor is a file, and asks no stream', () => {
    const fd = openSync(tempFile(), 'w');
    expect(stdio(fd, noStream).isTTY).toBe(false);
    closeSync(fd);
  });

  it('hands what the descriptor refuses to the stream, which then fails or copes as it always did', () => {
    const fd = openSync(tempFile(), 'w');
    closeSync(fd);
    const handed: string[] = [];
    const stream: StdioStream = { write: (chunk) => handed.push(Buffer.from(chunk).toString()), isTTY: false };
    stdio(fd, () => stream).write('lost?');
    expect(handed).toEqual(['lost?']);
  });
});
