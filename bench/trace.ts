/**
 * The main thread's tasks in a Chromium trace: every task an extension page's renderer ran, with its
 * length, so a frame's cost is read to the tenth of a millisecond (long-task entries start at 50 ms).
 */
import type { Browser, Page } from 'playwright-core';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly frames?: readonly { readonly url?: string; readonly processId?: number }[] } };
}

export interface Tasks {
  /** Each top-level task of the page's main thread, in ms. */
  readonly durations: readonly number[];
  readonly longest: number;
  readonly total: number;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

const isTraceEvent = (value: unknown): value is TraceEvent =>
  typeof value === 'object' && value !== null && 'name' in value && 'ph' in value && 'pid' in value && 'tid' in value;

const eventsOf = (buffer: Buffer): TraceEvent[] => {
  const parsed: unknown = JSON.parse(buffer.toString('utf8'));
  const list: unknown = Array.isArray(parsed) ? parsed : typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'traceEvents') : [];
  return Array.isArray(list) ? list.filter(isTraceEvent) : [];
};

/** The renderer process that shows `urlPart`: the browser names each frame's process when tracing starts. */
const processOf = (events: readonly TraceEvent[], urlPart: string): number | null => {
  for (const event of events)
    for (const frame of event.args?.data?.frames ?? []) if (frame.url?.includes(urlPart) === true && frame.processId !== undefined) return frame.processId;
  return null;
};

const mainThreadOf = (events: readonly TraceEvent[], pid: number): number | null =>
  events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')?.tid ?? null;

/** Runs `work` under a trace and returns the tasks of the main thread that shows `page`. */
export const tracedTasks = async (browser: Browser, page: Page, work: () => Promise<void>): Promise<Tasks> => {
  await browser.startTracing(page, { categories: CATEGORIES });
  await work();
  const events = eventsOf(await browser.stopTracing());
  const pid = processOf(events, new URL(page.url()).pathname);
  const tid = pid === null ? null : mainThreadOf(events, pid);
  const durations = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined)
    .map((e) => (e.dur ?? 0) / 1000);
  return { durations, longest: Math.max(0, ...durations), total: durations.reduce((sum, d) => sum + d, 0) };
};
