import { describe, expect, it } from 'vitest';
import { lifetimeOf } from '../../../src/core/classify/lifetime.ts';
import { cookie, NOW } from '../../support/cookie.ts';

describe('lifetimeOf', () => {
  it('keeps a session cookie a session cookie', () => {
    expect(lifetimeOf(cookie(), NOW)).toEqual({ kind: 'session' });
  });

  it('gives a persistent cookie its whole remaining seconds', () => {
    const expiry = { kind: 'persistent', expiresAt: NOW + 90_500 } as const;
    expect(lifetimeOf(cookie({ expiry }), NOW)).toEqual({ kind: 'persistent', remainingSeconds: 90 });
  });

  it('calls a cookie expired from the moment its time is up', () => {
    expect(lifetimeOf(cookie({ expiry: { kind: 'persistent', expiresAt: NOW } }), NOW)).toEqual({ kind: 'expired' });
    expect(lifetimeOf(cookie({ expiry: { kind: 'persistent', expiresAt: 0 } }), NOW)).toEqual({ kind: 'expired' });
  });
});
