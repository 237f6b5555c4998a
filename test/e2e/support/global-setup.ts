import { ensureBuilt } from './build.ts';

/** Vitest globalSetup for the e2e project: one build before any browser starts. */
export default function setup(): void {
  ensureBuilt();
}
