// The demo's one user table, shared by every flow (and the sticky backends).
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text) => createHash('sha256').update(text, 'utf8').digest();

const USERS = new Map([
  ['alice', { name: 'Alice Liddell', email: 'alice@example.test', passwordDigest: digest('wonderland') }],
]);

/** The user for a username/password pair, or null. */
export const authenticate = (username, password) => {
  const user = USERS.get(String(username ?? ''));
  if (!user) return null;
  return timingSafeEqual(user.passwordDigest, digest(String(password ?? ''))) ? { username, ...user } : null;
};
