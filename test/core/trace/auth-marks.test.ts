import { describe, expect, it } from 'vitest';
import { authMarkOf } from '../../../src/core/trace/auth-marks.ts';
import type { Exchange, RequestBody } from '../../../src/core/exchange.ts';

const exchange = (method: string, url: string, body: RequestBody = { kind: 'unknown' }): Exchange => ({
  id: '0',
  startedAt: 0,
  method,
  url,
  pageUrl: url,
  requestHeaders: [], requestHeadersSeen: true,
  requestBody: body,
  response: { kind: 'none' },
});

const markOf = (method: string, url: string, body?: RequestBody): ReturnType<typeof authMarkOf> =>
  authMarkOf(exchange(method, url, body), new URL(url));

describe('authMarkOf', () => {
  it.each(['password', 'user[password]', 'new_pass', 'pwd', 'Passwd', 'passphrase', 'pw'])('takes a POST with field %s for a login', (field) => {
    expect(markOf('POST', 'https://a.example/x', { kind: 'fields', names: ['user', field] })).toEqual({ kind: 'login', evidence: ['password-field'] });
  });

  it.each(['passenger', 'bypass', 'compass', 'pwdless_hint'])('does not take field %s for a password', (field) => {
    expect(markOf('POST', 'https://a.example/x', { kind: 'fields', names: [field] })).toBeNull();
  });

  it.each(['/login', '/user-login-L3pl.html', '/api/v1/sessions', '/oauth/authorize', '/signin', '/auth/validate'])('takes a POST to %s for a login', (path) => {
    expect(markOf('POST', `https://a.example${path}`)).toEqual({ kind: 'login', evidence: ['login-path'] });
  });

  it('needs a POST for a login path: showing the login form is not a login', () => {
    expect(markOf('GET', 'https://a.example/login')).toBeNull();
  });

  it.each(['/logout', '/user/sign-out', '/zentao/user-logout.html', '/account/logoff', '/sign_out'])('takes %s for a logout, whatever the method', (path) => {
    expect(markOf('GET', `https://a.example${path}`)).toEqual({ kind: 'logout', evidence: ['logout-path'] });
  });

  it('takes DELETE on a session path for a logout', () => {
    expect(markOf('DELETE', 'https://a.example/api/session')).toEqual({ kind: 'logout', evidence: ['logout-path'] });
  });

  it('ignores paths that only contain the words', () => {
    expect(markOf('POST', 'https://a.example/authors/blogin')).toBeNull();
    expect(markOf('GET', 'https://a.example/catalogue/outlogging')).toBeNull();
  });
});
