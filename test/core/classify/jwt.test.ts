import { describe, expect, it } from 'vitest';
import { decodeBase64Url } from '../../../src/core/classify/base64url.ts';
import { decodeJwt } from '../../../src/core/classify/jwt.ts';

const segment = (json: unknown): string => Buffer.from(JSON.stringify(json)).toString('base64url');

/** The HS256 example token from RFC 7519's companion site jwt.io. */
const HS256_EXAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('decodeBase64Url', () => {
  it('decodes every length remainder the way Node does', () => {
    for (const text of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', '\u00ff\u00fe\u00fd']) {
      const encoded = Buffer.from(text, 'latin1').toString('base64url');
      expect(Buffer.from(decodeBase64Url(encoded) ?? []).toString('latin1')).toBe(text);
    }
  });

  it('rejects padding, standard-base64 characters and impossible lengths', () => {
    expect(decodeBase64Url('Zm9v=')).toBeNull();
    expect(decodeBase64Url('a+b/')).toBeNull();
    expect(decodeBase64Url('abcde')).toBeNull();
  });
});

describe('decodeJwt', () => {
  it('decodes header and claims of a signed token without verifying it', () => {
    expect(decodeJwt(HS256_EXAMPLE)).toEqual({
      header: { alg: 'HS256', typ: 'JWT' },
      claims: { sub: '1234567890', name: 'John Doe', iat: 1516239022 },
      alg: 'HS256',
    });
  });

  it('decodes an unsecured alg:none token with an empty signature', () => {
    const token = `${segment({ alg: 'none' })}.${segment({ sub: 'admin' })}.`;
    expect(decodeJwt(token)).toEqual({ header: { alg: 'none' }, claims: { sub: 'admin' }, alg: 'none' });
  });

  it('reads UTF-8 claims', () => {
    const token = `${segment({ alg: 'HS256' })}.${segment({ name: '홍길동' })}.c2ln`;
    expect(decodeJwt(token)?.claims).toEqual({ name: '홍길동' });
  });

  it('accepts a header with typ but no alg, reporting alg as null', () => {
    const token = `${segment({ typ: 'JWT' })}.${segment({})}.c2ln`;
    expect(decodeJwt(token)?.alg).toBeNull();
  });

  it('rejects a header that is JSON but not a JOSE header (a Flask session payload)', () => {
    expect(decodeJwt(`${segment({ user_id: 1 })}.ZxYzAb.c2lnbmF0dXJl`)).toBeNull();
  });

  it('rejects bad base64url, non-JSON, non-object claims, invalid UTF-8 and wrong segment counts', () => {
    const header = segment({ alg: 'HS256', typ: 'JWT' });
    expect(decodeJwt(`${header}.eyJzdWIiOiIx!.sig`)).toBeNull();
    expect(decodeJwt(`${header}.${Buffer.from('not json').toString('base64url')}.sig`)).toBeNull();
    expect(decodeJwt(`${header}.${segment([1, 2])}.sig`)).toBeNull();
    expect(decodeJwt(`${header}.${Buffer.from([0xff, 0xfe]).toString('base64url')}.sig`)).toBeNull();
    expect(decodeJwt(`${header}.${segment({})}.si+g`)).toBeNull();
    expect(decodeJwt(`${header}.${segment({})}`)).toBeNull();
    expect(decodeJwt(`${header}.${segment({})}.${segment({})}.a.b`)).toBeNull();
  });

  it('keeps the value as given: a Bearer prefix is not stripped', () => {
    expect(decodeJwt(`Bearer ${HS256_EXAMPLE}`)).toBeNull();
  });
});
