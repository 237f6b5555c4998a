import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ko from '../../public/_locales/ko/messages.json';
import { translatorFor } from '../../src/core/i18n/catalog.ts';
import { progressOn } from '../../src/cli/progress.ts';
import { humanDuration } from '../../src/core/report/render/duration.ts';
import { escapeMarkdown } from '../../src/core/report/render/markdown.ts';
import { artifactUri } from '../../src/cli/render/sarif.ts';
import { ANSI, PLAIN, styleFor } from '../../src/cli/render/style.ts';
import { displayWidth, printable, renderTable } from '../../src/cli/render/terminal.ts';

const english = translatorFor(en);
const korean = translatorFor(ko);

describe('humanDuration', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [59, '59 seconds'],
    [3_600, '60 minutes'],
    [7_200, '2 hours'],
    [86_399, '23 hours'],
    [400 * 86_400, '400 days'],
    [3 * 365 * 86_400, '3 years'],
    [364 * 86_400, '364 days'],
  ])('says %d seconds as %s', (seconds, text) => {
    expect(humanDuration(seconds, english)).toBe(text);
  });

  it('speaks Korean units', () => {
    expect(humanDuration(2 * 86_400, korean)).toBe('2일');
  });
});

describe('terminal text', () => {
  it('counts Hangul as two cells and colour codes as none', () => {
    expect(displayWidth('세션')).toBe(4);
    expect(displayWidth(ANSI.bold('ab'))).toBe(2);
    expect(renderTable([['이름', 'x'], ['ab', 'y']])).toEqual(['이름  x', 'ab    y']);
  });

  it('never lets page data send escape sequences to the terminal', () => {
    expect(printable('a\u001b[2Jb\nc')).toBe('a\ufffd[2Jb\ufffdc');
  });

  it('colours a terminal only, and never with NO_COLOR set', () => {
    expect(styleFor(true, {})).toBe(ANSI);
    expect(styleFor(false, {})).toBe(PLAIN);
    expect(styleFor(undefined, {})).toBe(PLAIN);
    expect(styleFor(true, { NO_COLOR: '1' })).toBe(PLAIN);
    expect(styleFor(true, { NO_COLOR: '' })).toBe(ANSI);
  });
});

describe('escapeMarkdown', () => {
  it('escapes table pipes, backticks and HTML brackets, and keeps a row on one line', () => {
    expect(escapeMarkdown('a|b`c<img>\nd')).toBe('a\\|b\\`c\\<img\\> d');
  });
});

describe('artifactUri', () => {
  it('keeps a relative path relative and turns an absolute one into a file URI', () => {
    expect(artifactUri('logs/my file.har')).toBe('logs/my%20file.har');
    expect(artifactUri('/tmp/a.har')).toBe('file:///tmp/a.har');
  });
});

describe('progressOn', () => {
  it('shows a step only on a terminal and only after a second, and clears it at the end', () => {
    const written: string[] = [];
    let clock = 0;
    const progress = progressOn({ isTTY: true, write: (text) => written.push(text) }, english, () => clock);
    progress.step('cli_progress_parsing', []);
    expect(written).toEqual([]);
    clock = 1500;
    progress.step('cli_progress_analyzing', []);
    progress.done();
    expect(written).toEqual(['\r\u001b[2KAnalysing cookies and sessions…', '\r\u001b[2K']);
  });

  it('stays silent when stderr is not a terminal', () => {
    const written: string[] = [];
    const progress = progressOn({ isTTY: false, write: (text) => written.push(text) }, english, () => 5000);
    progress.step('cli_progress_analyzing', []);
    progress.done();
    expect(written).toEqual([]);
  });
});
