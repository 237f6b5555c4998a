import { describe, expect, it } from 'vitest';
import { classified, jwt, NOW, DAY_MS, persistentFor } from './fixtures.ts';
import { severityOfRule, verdict } from './helpers.ts';

describe('missing-httponly', () => {
  it('is high on a session ID or auth token that scripts can read', () => {
    expect(verdict('missing-httponly', classified({ cookie: { httpOnly: false } }))).toEqual({
      severity: 'high',
      args: ['sid'],
    });
    expect(severityOfRule('missing-httponly', classified({ role: 'auth-token', cookie: { httpOnly: false } }))).toBe(
      'high',
    );
  });

  it('is only info on an unknown cookie and no finding where scripts read the cookie on purpose', () => {
    expect(severityOfRule('missing-httponly', classified({ role: 'unknown', cookie: { httpOnly: false } }))).toBe('info');
    for (const role of ['preference', 'csrf', 'tracking', 'load-balancer'] as const) {
      expect(severityOfRule('missing-httponly', classified({ role, cookie: { httpOnly: false } }))).toBeNull();
    }
  });

  it('says nothing about an HttpOnly cookie', () => {
    expect(verdict('missing-httponly', classified())).toBeNull();
  });
});

describe('missing-secure', () => {
  it('depends on the role: high for a session, medium for CSRF, low for a tracker, none for a preference', () => {
    const insecure = { secure: false } as const;
    expect(severityOfRule('missing-secure', classified({ cookie: insecure }))).toBe('high');
    expect(severityOfRule('missing-secure', classified({ role: 'csrf', cookie: insecure }))).toBe('medium');
    expect(severityOfRule('missing-secure', classified({ role: 'tracking', cookie: insecure }))).toBe('low');
    expect(severityOfRule('missing-secure', classified({ role: 'preference', cookie: insecure }))).toBeNull();
  });

  it('says nothing about a Secure cookie', () => {
    expect(verdict('missing-secure', classified())).toBeNull();
  });

  it('leaves SameSite=None and prefixed cookies to the rules that say the browser rejects them', () => {
    const none = classified({ cookie: { secure: false, sameSite: 'none' } });
    expect(verdict('missing-secure', none)).toBeNull();
    expect(verdict('samesite-none-without-secure', none)).not.toBeNull();
    const prefixed = classified({ cookie: { name: '__Secure-sid', secure: false } });
    expect(verdict('missing-secure', prefixed)).toBeNull();
    expect(verdict('prefix-violation', prefixed)).not.toBeNull();
  });
});

describe('missing-samesite', () => {
  it('is medium on a session cookie without SameSite and info on an unknown one', () => {
    expect(verdict('missing-samesite', classified({ cookie: { sameSite: 'unspecified' } }))).toEqual({
      severity: 'medium',
      args: ['sid'],
    });
    expect(severityOfRule('missing-samesite', classified({ role: 'unknown', cookie: { sameSite: 'unspecified' } }))).toBe(
      'info',
    );
    expect(severityOfRule('missing-samesite', classified({ role: 'tracking', cookie: { sameSite: 'unspecified' } }))).toBeNull();
  });

  it('says nothing when SameSite is set', () => {
    for (const sameSite of ['lax', 'strict', 'none'] as const) {
      expect(verdict('missing-samesite', classified({ cookie: { sameSite } }))).toBeNull();
    }
  });

  it('leaves an unreadable SameSite value to invalid-samesite', () => {
    const typo = classified({
      cookie: { sameSite: 'unspecified' },
      anomalies: [{ kind: 'invalid-samesite', text: 'Lax;' }],
    });
    expect(verdict('missing-samesite', typo)).toBeNull();
    expect(verdict('invalid-samesite', typo)).not.toBeNull();
  });
});

describe('samesite-none-without-secure', () => {
  it('is high on a session cookie and low on a tracker', () => {
    const cookie = { sameSite: 'none', secure: false } as const;
    expect(verdict('samesite-none-without-secure', classified({ cookie }))).toEqual({ severity: 'high', args: ['sid'] });
    expect(severityOfRule('samesite-none-without-secure', classified({ role: 'tracking', cookie }))).toBe('low');
  });

  it('says nothing about SameSite=None; Secure or an insecure Lax cookie', () => {
    expect(verdict('samesite-none-without-secure', classified({ cookie: { sameSite: 'none' } }))).toBeNull();
    expect(verdict('samesite-none-without-secure', classified({ cookie: { sameSite: 'lax', secure: false } }))).toBeNull();
  });
});

describe('invalid-samesite', () => {
  const typo = [{ kind: 'invalid-samesite', text: 'Lax1' }] as const;

  it('names the value the browser ignored', () => {
    expect(verdict('invalid-samesite', classified({ cookie: { sameSite: 'unspecified' }, anomalies: typo }))).toEqual({
      severity: 'medium',
      args: ['sid', 'Lax1'],
    });
    expect(
      severityOfRule('invalid-samesite', classified({ role: 'preference', cookie: { sameSite: 'unspecified' }, anomalies: typo })),
    ).toBe('low');
  });

  it('says nothing when a later valid SameSite attribute won, or without the anomaly', () => {
    expect(verdict('invalid-samesite', classified({ cookie: { sameSite: 'strict' }, anomalies: typo }))).toBeNull();
    expect(
      verdict('invalid-samesite', classified({ cookie: { sameSite: 'unspecified' }, anomalies: [{ kind: 'empty-domain' }] })),
    ).toBeNull();
  });
});

describe('prefix-violation', () => {
  it('lists every requirement a __Host- cookie breaks', () => {
    const broken = classified({ cookie: { name: '__Host-sid', secure: false, hostOnly: false, domain: 'example.com', path: '/app' } });
    expect(verdict('prefix-violation', broken)).toEqual({
      severity: 'medium',
      args: ['__Host-sid', '__Host-', 'Secure, host-only, Path=/'],
    });
  });

  it('reports a __Secure- cookie without Secure, whatever the case of the prefix, as low on a preference', () => {
    expect(verdict('prefix-violation', classified({ role: 'preference', cookie: { name: '__secure-lang', secure: false } }))).toEqual({
      severity: 'low',
      args: ['__secure-lang', '__Secure-', 'Secure'],
    });
  });

  it('says nothing about a well-formed or an unprefixed cookie', () => {
    expect(verdict('prefix-violation', classified({ cookie: { name: '__Host-sid' } }))).toBeNull();
    expect(verdict('prefix-violation', classified({ cookie: { secure: false, path: '/app' } }))).toBeNull();
  });
});

describe('broad-domain', () => {
  const domainCookie = (domain: string) => ({ hostOnly: false, domain });

  it('is medium when the session goes to the whole site, low when to one branch of it', () => {
    expect(verdict('broad-domain', classified({ cookie: domainCookie('example.com') }))).toEqual({
      severity: 'medium',
      args: ['sid', 'example.com'],
    });
    expect(severityOfRule('broad-domain', classified({ cookie: domainCookie('example.co.kr') }))).toBe('medium');
    expect(severityOfRule('broad-domain', classified({ cookie: domainCookie('app.example.com') }))).toBe('low');
    expect(severityOfRule('broad-domain', classified({ role: 'auth-token', cookie: domainCookie('shop.example.co.kr') }))).toBe('low');
  });

  it('says nothing about a host-only cookie or a site-wide tracker', () => {
    expect(verdict('broad-domain', classified())).toBeNull();
    expect(verdict('broad-domain', classified({ role: 'tracking', cookie: domainCookie('example.com') }))).toBeNull();
  });
});

describe('long-lived-session', () => {
  it('is medium past 30 days and low past a day, naming the days', () => {
    expect(verdict('long-lived-session', classified({ cookie: { expiry: persistentFor(90) } }))).toEqual({
      severity: 'medium',
      args: ['sid', '90'],
    });
    expect(verdict('long-lived-session', classified({ role: 'auth-token', cookie: { expiry: persistentFor(7) } }))).toEqual({
      severity: 'low',
      args: ['sid', '7'],
    });
    expect(verdict('long-lived-session', classified({ cookie: { expiry: persistentFor(25 / 24) } }))?.args).toEqual(['sid', '1.1']);
  });

  it('measures from when the cookie was set, not from now', () => {
    const setLastMonth = { creationTime: NOW - 20 * DAY_MS, expiry: persistentFor(20) };
    expect(verdict('long-lived-session', classified({ cookie: setLastMonth }))?.args).toEqual(['sid', '40']);
  });

  it('says nothing about a browser-session cookie, one day, or a long-lived preference', () => {
    expect(verdict('long-lived-session', classified())).toBeNull();
    expect(verdict('long-lived-session', classified({ cookie: { expiry: persistentFor(1) } }))).toBeNull();
    expect(verdict('long-lived-session', classified({ role: 'preference', cookie: { expiry: persistentFor(365) } }))).toBeNull();
  });
});

describe('expiry-over-400-days', () => {
  it('is info for any role asking for more than 400 days', () => {
    expect(verdict('expiry-over-400-days', classified({ role: 'tracking', cookie: { expiry: persistentFor(730) } }))).toEqual({
      severity: 'info',
      args: ['sid', '730'],
    });
  });

  it('reads what a Set-Cookie header asked for, before the jar capped it at 400 days', () => {
    const capped = persistentFor(400);
    const origin = (header: string) => ({ kind: 'set-cookie', header, url: 'https://www.example.com/' }) as const;
    const maxAge = classified({ role: 'tracking', cookie: { expiry: capped, origin: origin('_ga=1; Max-Age=63072000') } });
    expect(verdict('expiry-over-400-days', maxAge)?.args).toEqual(['sid', '730']);
    const expires = origin(`_ga=1; Expires=${new Date(NOW + 500 * DAY_MS).toUTCString()}`);
    expect(verdict('expiry-over-400-days', classified({ cookie: { expiry: capped, origin: expires } }))?.args).toEqual([
      'sid',
      '500',
    ]);
    // Max-Age wins over Expires, as in the jar.
    const both = origin(`sid=1; Expires=${new Date(NOW + 900 * DAY_MS).toUTCString()}; Max-Age=86400`);
    expect(verdict('expiry-over-400-days', classified({ cookie: { expiry: persistentFor(1), origin: both } }))).toBeNull();
  });

  it('says nothing at 400 days or for a session cookie', () => {
    expect(verdict('expiry-over-400-days', classified({ cookie: { expiry: persistentFor(400) } }))).toBeNull();
    expect(verdict('expiry-over-400-days', classified())).toBeNull();
  });
});

describe('oversized-cookie', () => {
  it('is medium over 4096 bytes of name and value, counting UTF-8 bytes', () => {
    expect(verdict('oversized-cookie', classified({ cookie: { value: 'x'.repeat(4094) } }))).toEqual({
      severity: 'medium',
      args: ['sid', '4097'],
    });
    // 1366 characters, but exactly 4096 bytes: still accepted, so only near the limit.
    expect(verdict('oversized-cookie', classified({ cookie: { name: 'p', value: '한'.repeat(1365) } }))).toEqual({
      severity: 'low',
      args: ['p', '4096'],
    });
    expect(verdict('oversized-cookie', classified({ cookie: { name: 'pr', value: '한'.repeat(1365) } }))?.args).toEqual([
      'pr',
      '4097',
    ]);
  });

  it('is low near the limit, for any role', () => {
    expect(verdict('oversized-cookie', classified({ role: 'preference', cookie: { value: 'x'.repeat(3500) } }))).toEqual({
      severity: 'low',
      args: ['sid', '3503'],
    });
  });

  it('says nothing at 3072 bytes or less', () => {
    expect(verdict('oversized-cookie', classified({ cookie: { value: 'x'.repeat(3069) } }))).toBeNull();
  });
});

describe('low-entropy-session-id', () => {
  it('is high below 48 bits and medium below 64', () => {
    expect(verdict('low-entropy-session-id', classified({ entropyBits: 40.4 }))).toEqual({
      severity: 'high',
      args: ['sid', '40'],
    });
    expect(severityOfRule('low-entropy-session-id', classified({ entropyBits: 56 }))).toBe('medium');
  });

  it('judges a value too short to estimate by the most it could hold', () => {
    expect(verdict('low-entropy-session-id', classified({ entropyBits: null, cookie: { value: '1234' } }))?.args).toEqual([
      'sid',
      '32',
    ]);
    expect(verdict('low-entropy-session-id', classified({ entropyBits: null, cookie: { value: '123456789' } }))).toBeNull();
  });

  it('says nothing at 64 bits, for an empty value, or for other roles', () => {
    expect(verdict('low-entropy-session-id', classified({ entropyBits: 64 }))).toBeNull();
    expect(verdict('low-entropy-session-id', classified({ entropyBits: 0, cookie: { value: '' } }))).toBeNull();
    expect(verdict('low-entropy-session-id', classified({ role: 'preference', entropyBits: 3 }))).toBeNull();
    expect(verdict('low-entropy-session-id', classified({ role: 'auth-token', entropyBits: 3 }))).toBeNull();
  });
});

describe('jwt-alg-none', () => {
  it('is high on an auth token and names the algorithm as written', () => {
    expect(verdict('jwt-alg-none', classified({ role: 'auth-token', jwt: jwt({ sub: '42' }, 'none') }))).toEqual({
      severity: 'high',
      args: ['sid', 'none'],
    });
    expect(verdict('jwt-alg-none', classified({ role: 'unknown', jwt: jwt({ sub: '42' }, 'NONE') }))).toEqual({
      severity: 'medium',
      args: ['sid', 'NONE'],
    });
  });

  it('says nothing about a signed token, a token without alg, or a cookie that is no JWT', () => {
    expect(verdict('jwt-alg-none', classified({ role: 'auth-token', jwt: jwt({ sub: '42' }) }))).toBeNull();
    expect(verdict('jwt-alg-none', classified({ role: 'auth-token', jwt: jwt({ sub: '42' }, null) }))).toBeNull();
    expect(verdict('jwt-alg-none', classified({ role: 'auth-token' }))).toBeNull();
  });
});

describe('jwt-sensitive-claims', () => {
  const token = (claims: Parameters<typeof jwt>[0]) => classified({ role: 'auth-token', jwt: jwt(claims) });

  it('is high for a secret and names only the claims, never their values', () => {
    const found = verdict('jwt-sensitive-claims', token({ sub: '42', pwd: 'hunter2', email: 'kim@example.kr' }));
    expect(found).toEqual({ severity: 'high', args: ['sid', 'pwd, email'] });
    expect(found?.args.join(' ')).not.toMatch(/hunter2|kim@/);
  });

  it('is medium for personal data alone, found in nested claims and any naming style', () => {
    expect(verdict('jwt-sensitive-claims', token({ user: { phoneNumber: '010-1234-5678' }, 'e-mail': 'a@b.c' }))).toEqual({
      severity: 'medium',
      args: ['sid', 'user.phoneNumber, e-mail'],
    });
  });

  it('finds Korean resident numbers, card numbers and API keys', () => {
    expect(verdict('jwt-sensitive-claims', token({ rrn: 'x', card_number: 'x', apiKey: 'x' }))?.args).toEqual([
      'sid',
      'rrn, card_number, apiKey',
    ]);
  });

  it('says nothing about roles, scopes, verification flags or names that merely contain a keyword', () => {
    const harmless = {
      sub: '42',
      role: 'admin',
      is_admin: true,
      scope: 'read write',
      email_verified: true,
      className: 'x',
      passport_country: 'KR',
    };
    expect(verdict('jwt-sensitive-claims', token(harmless))).toBeNull();
    expect(verdict('jwt-sensitive-claims', classified())).toBeNull();
  });
});

describe('lb-cookie-reveals-backend', () => {
  const lb = (backend: Parameters<typeof classified>[0]) => verdict('lb-cookie-reveals-backend', classified(backend));

  it('names the internal address in the load balancer’s notation, low for any role', () => {
    expect(lb({ role: 'load-balancer', backend: { kind: 'bigip-ipv4', address: '10.1.2.3', port: 80 } })).toEqual({
      severity: 'low',
      args: ['sid', '10.1.2.3:80'],
    });
    expect(lb({ role: 'unknown', backend: { kind: 'bigip-ipv6', address: 'fd00::1', port: 443 } })?.args[1]).toBe('[fd00::1]:443');
    expect(
      lb({ backend: { kind: 'bigip-route-domain', routeDomain: 2, address: '10.1.2.3', port: 8080 } })?.args[1],
    ).toBe('10.1.2.3%2:8080');
    expect(lb({ backend: { kind: 'named-server', server: 'web-03' } })?.args[1]).toBe('web-03');
  });

  it('says nothing when the value gives no backend away', () => {
    expect(lb({ role: 'load-balancer' })).toBeNull();
  });
});
