import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyRole } from '../../../src/core/classify/role.ts';
import type { Role } from '../../../src/core/model.ts';

const RANDOM = 'b284c54d034935428eefa55c0ed5e3aabc1a4c70';
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

const roleOf = (name: string, value = RANDOM): Role => classifyRole(name, value).role;

describe('classifyRole by name', () => {
  it.each([
    'JSESSIONID',
    'PHPSESSID',
    'ASP.NET_SessionId',
    'ASPSESSIONIDQASRDBTC',
    'connect.sid',
    'sails.sid',
    'sessionid',
    'session_id',
    'laravel_session',
    '_gitlab_session',
    'SESS4f7a0c29e1b38d56a0f2c9e7b1d4a8c3',
    'SSESS4f7a0c29e1b38d56a0f2c9e7b1d4a8c3',
    'CFID',
    'CFTOKEN',
    'zentaosid',
    'express:sess',
    'koa.sess',
    '__Secure-next-auth.session-token',
  ])('%s is a session id whatever its value', (name) => {
    expect(roleOf(name, '1')).toBe('session-id');
    expect(classifyRole(name, '1').evidence[0]?.kind).toMatch(/^(framework-name|name-keyword)$/);
  });

  it('matches framework names case-insensitively and through __Host-/__Secure- prefixes', () => {
    expect(roleOf('phpsessid')).toBe('session-id');
    expect(roleOf('jsessionid')).toBe('session-id');
    expect(roleOf('__Host-PHPSESSID')).toBe('session-id');
  });

  it.each(['.ASPXAUTH', '.AspNetCore.Cookies', 'remember_user_token', 'wordpress_logged_in_0123456789abcdef0123456789abcdef'])(
    '%s is an auth token',
    (name) => expect(roleOf(name, 'x')).toBe('auth-token'),
  );

  it.each([
    'AWSALB',
    'AWSALBCORS',
    'AWSALBTG',
    'AWSALBTGCORS',
    'AWSELB',
    'AWSELBCORS',
    'BIGipServerweb_pool',
    'SERVERID',
    'ROUTEID',
    'ARRAffinity',
    'ARRAffinitySameSite',
    'GCLB',
    'INGRESSCOOKIE',
    'route',
    'app_lb',
    'sticky',
  ])('%s is a load-balancer cookie', (name) => {
    expect(roleOf(name)).toBe('load-balancer');
  });

  it.each(['csrftoken', 'XSRF-TOKEN', '_csrf', 'csrf_token', '__RequestVerificationToken', '__RequestVerificationToken_L2FwcA2', 'my-xsrf'])(
    '%s is a CSRF token',
    (name) => expect(roleOf(name)).toBe('csrf'),
  );

  it.each([
    '_ga',
    '_ga_ABC123XYZ',
    '_gid',
    '_gat',
    '_gat_UA-1234-1',
    '_fbp',
    '_fbc',
    'fr',
    '_gcl_au',
    '__utma',
    '__utmz',
    '_hjSessionUser_123456',
    '_hjSession_123456',
    '_uetsid',
    '_uetvid',
    'IDE',
    'test_cookie',
    'NID',
    'MUID',
    '_clck',
    '_clsk',
    'ajs_anonymous_id',
    'mp_0123abcd_mixpanel',
    '__cfduid',
    's_sess',
  ])('%s is tracking', (name) => {
    expect(roleOf(name)).toBe('tracking');
  });

  it.each(['incap_ses_720_475759', 'visid_incap_475759', 'nlbi_475759', '___utmvbzNuNikLB', '___utmvmzNuNikLB', 'TS01a2b3c4'])(
    '%s is a WAF or bot-detection cookie: tracking, never load-balancer',
    (name) => {
      expect(roleOf(name)).toBe('tracking');
    },
  );

  it.each(['theme', 'lang', 'locale', 'tz', 'currency', 'cookieconsent_status', 'OptanonConsent', 'dark_mode', 'NEXT_LOCALE', 'i18next'])(
    '%s is a preference',
    (name) => expect(roleOf(name, 'dark')).toBe('preference'),
  );
});

describe('classifyRole by value', () => {
  it('calls a JWT under an unknown name an auth token', () => {
    expect(classifyRole('whatever', JWT)).toEqual({ role: 'auth-token', evidence: [{ kind: 'jwt-value' }] });
  });

  it('keeps x-csrf-jwt a CSRF token, with the JWT as extra evidence', () => {
    expect(classifyRole('x-csrf-jwt', JWT)).toEqual({
      role: 'csrf',
      evidence: [{ kind: 'framework-name', framework: 'electrode-csrf-jwt' }, { kind: 'jwt-value' }],
    });
  });

  it('calls a BIG-IP value under a custom name a load-balancer cookie', () => {
    expect(classifyRole('LBSESSIONID', '1677787402.20480.0000')).toEqual({
      role: 'load-balancer',
      evidence: [{ kind: 'load-balancer-value', product: 'F5 BIG-IP' }],
    });
    expect(classifyRole('BIGipServerpool', '1677787402.20480.0000').evidence).toEqual([
      { kind: 'load-balancer-name', product: 'F5 BIG-IP' },
      { kind: 'load-balancer-value', product: 'F5 BIG-IP' },
    ]);
  });

  it('needs a random-looking value before a generic session name counts', () => {
    const verdict = classifyRole('MS_SESS', 'e93e2f27-e73c-49be-86d3-244c81c0f5f0');
    expect(verdict.role).toBe('session-id');
    expect(verdict.evidence[0]).toEqual({ kind: 'name-keyword', keyword: 'sess' });
    expect(verdict.evidence[1]?.kind).toBe('random-value');
    expect(roleOf('mysession')).toBe('session-id');
    expect(roleOf('sid')).toBe('session-id');
    expect(roleOf('sid', '1')).toBe('unknown');
    expect(roleOf('session_count', '3')).toBe('unknown');
  });

  it('needs a bearer-like value before a generic token name counts', () => {
    const verdict = classifyRole('access_token', 'kR7xQ2mZ9aLw3VbN8cTe5YhJ');
    expect(verdict.role).toBe('auth-token');
    expect(verdict.evidence[1]?.kind).toBe('bearer-like-value');
    expect(roleOf('auth', 'true')).toBe('unknown');
    expect(roleOf('jwt', JWT)).toBe('auth-token');
    expect(roleOf('session_token')).toBe('session-id');
  });

  it('says unknown, with no-evidence, when nothing matches', () => {
    expect(classifyRole('windowWidth', '1536')).toEqual({ role: 'unknown', evidence: [{ kind: 'no-evidence' }] });
  });
});

describe('classifyRole on the real HAR corpus', () => {
  const CORPUS = new URL('../../../../shared/corpora/har-real/', import.meta.url);

  interface HarCookie {
    readonly name: string;
    readonly value: string;
  }

  const corpusCookies = (): Map<string, HarCookie[]> => {
    const byName = new Map<string, HarCookie[]>();
    for (const file of readdirSync(CORPUS).filter((name) => name.endsWith('.har'))) {
      const doc: { log: { entries: { request?: { cookies?: HarCookie[] }; response?: { cookies?: HarCookie[] } }[] } } =
        JSON.parse(readFileSync(new URL(file, CORPUS), 'utf8').replace(/^\uFEFF/, ''));
      for (const entry of doc.log.entries) {
        for (const cookie of [...(entry.request?.cookies ?? []), ...(entry.response?.cookies ?? [])]) {
          byName.set(cookie.name, [...(byName.get(cookie.name) ?? []), cookie]);
        }
      }
    }
    return byName;
  };
  const recordedCookies = corpusCookies();

  it.each<[string, Role]>([
    ['sails.sid', 'session-id'],
    ['zentaosid', 'session-id'],
    ['JSESSIONID', 'session-id'],
    ['ASP.NET_SessionId', 'session-id'],
    ['MS_SESS', 'session-id'],
    ['MS_AUTH', 'auth-token'],
    ['x-csrf-jwt', 'csrf'],
    ['AWSELB', 'load-balancer'],
    ['incap_ses_720_475759', 'tracking'],
    ['visid_incap_592261', 'tracking'],
    ['___utmvbzNuNikLB', 'tracking'],
    ['IDE', 'tracking'],
    ['__cfduid', 'tracking'],
    ['lang', 'preference'],
    ['theme', 'preference'],
    ['i18next', 'preference'],
  ])('every recorded %s cookie is %s', (name, role) => {
    const recorded = recordedCookies.get(name) ?? [];
    expect(recorded.length).toBeGreaterThan(0);
    for (const cookie of recorded) expect(classifyRole(cookie.name, cookie.value).role).toBe(role);
  });
});
