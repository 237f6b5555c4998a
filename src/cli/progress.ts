import type { MessageKey, Translate } from '../core/i18n/translate.ts';

/** Steps of a long run, shown on stderr; a no-op unless the run has taken over a second on a terminal. */
export interface Progress {
  readonly step: (key: MessageKey, args: readonly string[]) => void;
  readonly done: () => void;
}

export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly write: (text: string) => unknown;
}

const SHOW_AFTER_MS = 1000;
const CLEAR_LINE = '\r\u001b[2K';

export const NO_PROGRESS: Progress = { step: () => undefined, done: () => undefined };

/**
 * The audit is synchronous, so no timer could fire during it: each step checks the clock instead, and once
 * a second has passed the step being started is shown in place of the previous one.
 */
export const progressOn = (stream: ProgressStream, t: Translate, now: () => number): Progress => {
  if (stream.isTTY !== true) return NO_PROGRESS;
  const startedAt = now();
  let shown = false;
  return {
    step: (key, args) => {
      if (now() - startedAt < SHOW_AFTER_MS) return;
      stream.write(`${CLEAR_LINE}${t(key, args)}`);
      shown = true;
    },
    done: () => {
      if (shown) stream.write(CLEAR_LINE);
    },
  };
};
