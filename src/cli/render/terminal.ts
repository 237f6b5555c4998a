/** Code point ranges a terminal draws two cells wide: Hangul, CJK, fullwidth forms (East Asian Wide/Fullwidth). */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x20000, 0x3fffd],
];

const ESCAPE = '\u001b';

const isWide = (codePoint: number): boolean => WIDE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);

/** Terminal cells a string takes, so Korean headers line up with ASCII cookie names. */
export const displayWidth = (text: string): number => {
  let width = 0;
  let inEscape = false;
  for (const char of text) {
    // Our own colour codes (ESC [ … m) take no cells.
    if (char === ESCAPE) inEscape = true;
    if (inEscape) {
      inEscape = char !== 'm';
      continue;
    }
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint >= 0x300 && codePoint <= 0x36f) continue;
    width += isWide(codePoint) ? 2 : 1;
  }
  return width;
};

export const padEnd = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

const isControl = (codePoint: number): boolean => codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);

/** Page data may hold escape sequences; a terminal must never run them, so control characters become U+FFFD. */
export const printable = (text: string): string =>
  Array.from(text, (char) => (isControl(char.codePointAt(0) ?? 0) ? '\ufffd' : char)).join('');

/** Left-aligned columns two spaces apart; cells are printable text already styled. */
export const renderTable = (rows: readonly (readonly string[])[]): string[] => {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, displayWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : padEnd(cell, widths[column] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
};
