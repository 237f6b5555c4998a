import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBigIp } from '../../../src/core/classify/bigip.ts';
import { classifyCookie } from '../../../src/core/classify/classify.ts';
import { estimateEntropyBits } from '../../../src/core/classify/entropy.ts';
import { decodeJwt } from '../../../src/core/classify/jwt.ts';
import type { Anomaly } from '../../../src/core/parse/anomaly.ts';
import { cookie, NOW } from '../../support/cookie.ts';

const ctx = { pageUrl: 'https://www.example.com/', now: NOW };

const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('classifyCookie', () => {
  it('combines role, party, scope, lifetime and entropy for a session cookie', () => {
    const classified = classifyCookie(cookie({ name: 'PHPSESSID', domain: 'example.com', hostOnly: false }), ctx);
    expect(classified.role.role).toBe('session-id');
    expect(classified.party).toBe('first');
    expect(classified.scope).toBe('domain');
    expect(classified.lifetime).toEqual({ kind: 'session' });
    expect(classified.entropyBits).toBeGreaterThanOrEqual(100);
    expect(classified.jwt).toBeNull();
    expect(classified.backend).toBeNull();
    expect(classified.anomalies).toEqual([]);
  });

  it('decodes a JWT value and keeps the anomalies it is given', () => {
    const anomalies: Anomaly[] = [{ kind: 'unknown-attribute', attribute: 'Foo' }];
    const classified = classifyCookie(cookie({ name: 'token', value: JWT }), ctx, anomalies);
    expect(classified.role.role).toBe('auth-token');
    expect(classified.jwt?.alg).toBe('HS256');
    expect(classified.scope).toBe('host-only');
    expect(classified.anomalies).toBe(anomalies);
  });

  it('reports the backend of an affinity cookie and no entropy for it', () => {
    const classified = classifyCookie(
      cookie({ name: 'BIGipServerpool', value: '1677787402.36895.0000', domain: 'lb.other.net' }),
      ctx,
    );
    expect(classified.role.role).toBe('load-balancer');
    expect(classified.backend).toEqual({ kind: 'bigip-ipv4', address: '10.1.1.100', port: 8080 });
    expect(classified.party).toBe('third');
    expect(classified.entropyBits).toBeNull();
  });

  it('names the jvmRoute backend of a session id', () => {
    const classified = classifyCookie(cookie({ name: 'JSESSIONID', value: '5C1C717F91936A1F9794AC93D4CEF9B6.2-106-8' }), ctx);
    expect(classified.role.role).toBe('session-id');
    expect(classified.backend).toEqual({ kind: 'named-server', server: '2-106-8' });
    expect(classified.entropyBits).toBe(estimateEntropyBits('5C1C717F91936A1F9794AC93D4CEF9B6'));
  });

  it('computes lifetime against the context clock', () => {
    const expiry = { kind: 'persistent', expiresAt: NOW + 3_600_000 } as const;
    expect(classifyCookie(cookie({ name: '_ga', expiry }), ctx).lifetime).toEqual({
      kind: 'persistent',
      remainingSeconds: 3600,
    });
    expect(classifyCookie(cookie({ name: '_ga', expiry }), { ...ctx, now: NOW + 3_600_000 }).lifetime).toEqual({
      kind: 'expired',
    });
  });
});

describe('never throws on arbitrary input', () => {
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom(...'.-_=%:"!0123456789abcdefrdvio') }));

  it('classifyCookie', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (name, value, domain, pageUrl) => {
        const classified = classifyCookie(cookie({ name, value, domain }), { pageUrl, now: NOW });
        expect(classified.role.evidence.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('decodeJwt, including three-segment strings', () => {
    const segments = fc.tuple(anyText, anyText, anyText).map((parts) => parts.join('.'));
    fc.assert(
      fc.property(fc.oneof(anyText, segments), (value) => {
        const decoded = decodeJwt(value);
        return decoded === null || (value.split('.').length === 3 && typeof decoded.claims === 'object');
      }),
    );
  });

  it('decodeBigIp', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const backend = decodeBigIp(value);
        return backend === null || (backend.kind !== 'named-server' && backend.port >= 0 && backend.port <= 0xffff);
      }),
    );
  });
});
