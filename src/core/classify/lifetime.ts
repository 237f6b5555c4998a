import type { Cookie } from '../model.ts';
import type { Lifetime } from './types.ts';

/**
 * How long a cookie has left at `now` (epoch ms); a persistent cookie whose time is up is expired, and one
 * seen only in requests has a lifetime nobody told.
 */
export const lifetimeOf = (cookie: Cookie, now: number): Lifetime => {
  if (cookie.origin.kind === 'request-header') return { kind: 'unknown' };
  if (cookie.expiry.kind === 'session') return { kind: 'session' };
  const remainingMs = cookie.expiry.expiresAt - now;
  if (remainingMs <= 0) return { kind: 'expired' };
  return { kind: 'persistent', remainingSeconds: Math.floor(remainingMs / 1000) };
};
