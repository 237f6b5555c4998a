import type { Cookie } from '../../src/core/model.ts';

export const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

/** A random-looking 128-bit hex ID. */
export const STRONG_ID = '9f86d081884c7d659a2feaa0c55ad015';

/** A well-configured host-only session cookie on www.example.com; tests override what they are about. */
export const cookie = (fields: Partial<Cookie> = {}): Cookie => ({
  name: 'sid',
  value: STRONG_ID,
  domain: 'www.example.com',
  hostOnly: true,
  path: '/',
  secure: true,
  httpOnly: true,
  sameSite: 'lax',
  partitioned: false,
  partitionKey: null,
  priority: 'medium',
  expiry: { kind: 'session' },
  creationTime: NOW,
  origin: { kind: 'browser-api' },
  ...fields,
});

/** A cookie set without attributes (no Secure, HttpOnly or SameSite): what a bare `name=value` makes. */
export const bareCookie = (fields: Partial<Cookie> = {}): Cookie =>
  cookie({ secure: false, httpOnly: false, sameSite: 'unspecified', ...fields });
