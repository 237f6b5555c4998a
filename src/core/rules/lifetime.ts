import type { Cookie } from '../model.ts';
import { parseSetCookie } from '../parse/set-cookie.ts';

export const DAY_SECONDS = 86_400;

/**
 * The lifetime a Set-Cookie header asked for, before the jar brought it within the 400-day cap: Max-Age wins
 * over Expires, as in the jar. Null when the header asks for none.
 */
const askedInHeader = (header: string, setAt: number): number | null => {
  const attributes = parseSetCookie(header).cookie?.attributes;
  if (attributes === undefined) return null;
  if (attributes.maxAge !== null) return attributes.maxAge;
  return attributes.expires === null ? null : (attributes.expires - setAt) / 1000;
};

/**
 * How long the server asked the browser to keep the cookie, in seconds; null for a session cookie. Measured
 * from when the cookie was set, not from now, so the same cookie gets the same answer whenever it is seen.
 */
export const requestedLifetimeSeconds = (cookie: Cookie): number | null => {
  if (cookie.expiry.kind === 'session') return null;
  const stored = (cookie.expiry.expiresAt - cookie.creationTime) / 1000;
  return cookie.origin.kind === 'set-cookie' ? (askedInHeader(cookie.origin.header, cookie.creationTime) ?? stored) : stored;
};

/** Days for a message: one decimal while short (never "1" for something over a day), whole days after. */
export const daysText = (seconds: number): string => {
  const days = seconds / DAY_SECONDS;
  return days < 10 ? String(Math.ceil(days * 10) / 10) : String(Math.round(days));
};
