import type { Cookie } from '../../../src/core/model.ts';

export const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

/** A host-only session cookie on www.example.com; tests override what they are about. */
export const cookie = (fields: Partial<Cookie> = {}): Cookie => ({
  name: 'sid',
  value: '9f86d081884c7d659a2feaa0c55ad015',
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
