/** Small helpers shared by the bench's rows. */

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export const ms = (value: number): string => `${value.toFixed(1).padStart(8)} ms`;

export const ratio = (value: number): string => value.toFixed(2);
