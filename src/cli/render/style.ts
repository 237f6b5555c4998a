import type { Severity } from '../../core/model.ts';

/** How text is decorated: ANSI colours on a terminal, nothing in a pipe or file. */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly missing: (text: string) => string;
  readonly severity: (severity: Severity, text: string) => string;
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;

const red = sgr(31, 39);
const yellow = sgr(33, 39);
const cyan = sgr(36, 39);
const dim = sgr(2, 22);

const SEVERITY_COLOURS: Readonly<Record<Severity, (text: string) => string>> = {
  high: red,
  medium: yellow,
  low: cyan,
  info: dim,
};

export const PLAIN: Style = {
  bold: (text) => text,
  dim: (text) => text,
  missing: (text) => text,
  severity: (_, text) => text,
};

export const ANSI: Style = {
  bold: sgr(1, 22),
  dim,
  missing: red,
  severity: (severity, text) => SEVERITY_COLOURS[severity](text),
};

/** https://no-color.org: any non-empty NO_COLOR turns colour off. */
export const styleFor = (isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): Style =>
  isTTY === true && (env.NO_COLOR ?? '') === '' ? ANSI : PLAIN;
