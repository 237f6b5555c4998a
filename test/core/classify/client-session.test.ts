import { describe, expect, it } from 'vitest';
import { decodeClientSession } from '../../../src/core/classify/client-session.ts';
import { classifyRole } from '../../../src/core/classify/role.ts';

const base64 = (text: string): string => Buffer.from(text).toString('base64');
const base64url = (text: string | Buffer): string => Buffer.from(text).toString('base64url');

/** Values written by the frameworks themselves (Flask 2.2 and Django 3.2 from Debian, cookie-session 2.1 from npm). */
const FLASK = 'eyJ1c2VyIjoiYWxpY2UifQ.aw8_yw._b58Nsr5RHM-RYklww8B-CUv6IU';
const DJANGO = 'eyJfYXV0aF91c2VyX2lkIjoiMSIsImEiOiJiIn0:1xYVeV:xDb4nqG77G26lMaO4vJ-KARcLfycsPR1G4H7KYwaBYk';
const COOKIE_SESSION = 'eyJ1c2VyIjoiYWxpY2UiLCJ2aWV3cyI6MX0=';
const EXPRESS_SESSION = 's%3ASTSwmS72flHSRwHXvAdkrbN3d0QdkNMs.tesKqMmvOSOAhIVSkH6euZSXKVKmLrv%2B%2FCww6nKQ0Go';
const JWT = `${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url('{"sub":"1"}')}.${base64url('signature-bytes-123')}`;

/** Rails 5.2+ cookie store: strict base64 of ciphertext, 12-byte IV and 16-byte tag, joined by `--`, URL-escaped. */
const RAILS_ENCRYPTED = encodeURIComponent(`${base64('c'.repeat(60))}--${base64('i'.repeat(12))}--${base64('t'.repeat(16))}`);
const RAILS_SIGNED = `${base64('{"session_id":"abc","user_id":7}')}--${'a'.repeat(40)}`;
const laravel = (plaintextBytes: number): string =>
  encodeURIComponent(base64(JSON.stringify({ iv: base64('v'.repeat(16)), value: base64('x'.repeat(plaintextBytes)), mac: 'f'.repeat(64), tag: '' })));
const JWE = `${base64url('{"alg":"dir","enc":"A256GCM"}')}..${base64url('iv0123456789')}.${base64url('c'.repeat(60))}.${base64url('tag0123456789abc')}`;

describe('decodeClientSession', () => {
  it('reads Flask\'s signed session and its data', () => {
    expect(decodeClientSession('session', FLASK)).toEqual({ format: 'itsdangerous', data: { user: 'alice' } });
  });

  it('knows a compressed itsdangerous session without reading it', () => {
    const compressed = `.${base64url(Buffer.from([0x78, 0x9c, 1, 2, 3, 4, 5, 6]))}.aw8_yw._b58Nsr5RHM-RYklww8B-CUv6IU`;
    expect(decodeClientSession('session', compressed)).toEqual({ format: 'itsdangerous', data: null });
  });

  it('reads Django\'s signed_cookies session', () => {
    expect(decodeClientSession('sessionid', DJANGO)).toEqual({ format: 'django-signed', data: { _auth_user_id: '1', a: 'b' } });
  });

  it('reads cookie-session\'s base64 JSON in a session-named cookie only', () => {
    expect(decodeClientSession('session', COOKIE_SESSION)).toEqual({ format: 'base64-json', data: { user: 'alice', views: 1 } });
    expect(decodeClientSession('koa.sess', COOKIE_SESSION)?.format).toBe('base64-json');
    expect(decodeClientSession('prefs', COOKIE_SESSION)).toBeNull();
  });

  it('knows the Rails cookie store, encrypted and signed', () => {
    expect(decodeClientSession('_shop_session', RAILS_ENCRYPTED)).toEqual({ format: 'rails-encrypted', data: null });
    expect(decodeClientSession('_shop_session', RAILS_SIGNED)).toEqual({ format: 'rails-signed', data: { session_id: 'abc', user_id: 7 } });
  });

  it('counts a Laravel encrypted cookie as a client-side session only when it is long enough to carry data', () => {
    expect(decodeClientSession('laravel_session', laravel(600))).toEqual({ format: 'laravel-encrypted', data: null });
    expect(decodeClientSession('laravel_session', laravel(81))).toBeNull();
  });

  it('knows an encrypted JWT (JWE)', () => {
    expect(decodeClientSession('__Secure-authjs.session-token', JWE)).toEqual({ format: 'jwe', data: null });
  });

  it.each([
    ['connect.sid', EXPRESS_SESSION],
    ['token', JWT],
    ['PHPSESSID', 'q2l7v7o3g0h6k1m5n8p4r9s2t1'],
    ['sessionid', 'x8k2m9f3j5q7w1e4r6t8y0u2i4o6p8a'],
    ['session', 'a.b.c'],
    ['session', ''],
  ])('leaves %s=%s alone: not a client-side session format', (name, value) => {
    expect(decodeClientSession(name, value)).toBeNull();
  });
});

describe('classifyRole on client-side sessions', () => {
  it('gives a short cookie-session value the session-id role that its low entropy alone would not', () => {
    expect(classifyRole('session', COOKIE_SESSION)).toEqual({
      role: 'session-id',
      evidence: [{ kind: 'client-session-value', framework: 'cookie-session / koa-session' }],
    });
  });

  it('keeps the known name first: Django\'s sessionid, with the format as further evidence', () => {
    expect(classifyRole('sessionid', DJANGO).evidence).toEqual([
      { kind: 'framework-name', framework: 'Django' },
      { kind: 'client-session-value', framework: 'Django signed_cookies' },
    ]);
  });
});

describe('classifyRole on signature cookies', () => {
  it('takes `<name>.sig` for the signature of its sibling, not a session of its own', () => {
    expect(classifyRole('session.sig', 'M2bGyyH3fJacXw9u4lG5Y06S6Jw')).toEqual({
      role: 'unknown',
      evidence: [{ kind: 'signature-cookie', signs: 'session' }],
    });
  });
});
