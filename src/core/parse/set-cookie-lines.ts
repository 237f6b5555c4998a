import { trimmedSlice } from './characters.ts';

/**
 * The separate Set-Cookie field values in one value that Firefox and chrome-har join with "\n" (or "\r\n").
 * Each comes back trimmed of spaces and tabs, as HTTP delivers a field value; empty lines are dropped.
 * Commas never split: they are legal inside Expires dates and cookie values.
 */
export const splitSetCookieField = (value: string): string[] => {
  const lines: string[] = [];
  let start = 0;
  while (start <= value.length) {
    const newline = value.indexOf('\n', start);
    const lineEnd = newline === -1 ? value.length : newline;
    const contentEnd = lineEnd > start && value.charCodeAt(lineEnd - 1) === 0x0d ? lineEnd - 1 : lineEnd;
    const line = trimmedSlice(value, start, contentEnd);
    if (line !== '') lines.push(line);
    start = lineEnd + 1;
  }
  return lines;
};
