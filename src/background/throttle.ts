/** Runs `run` after `ms`; the background passes setTimeout, tests a scheduler they step by hand. */
export type Schedule = (run: () => void, ms: number) => void;

/**
 * Coalesces bursts per key: the first touch schedules one run `ms` later, and touches until then join it,
 * so a page firing hundreds of requests costs a few runs, the last of which sees the final state.
 */
export const perKeyThrottle = (
  ms: number,
  run: (key: number) => void,
  schedule: Schedule,
): ((key: number) => void) => {
  const pending = new Set<number>();
  return (key) => {
    if (pending.has(key)) return;
    pending.add(key);
    schedule(() => {
      pending.delete(key);
      run(key);
    }, ms);
  };
};
