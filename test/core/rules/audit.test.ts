import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import type { ClassifiedCookie } from '../../../src/core/classify/types.ts';
import { translatorFor, type Catalog } from '../../../src/core/i18n/catalog.ts';
import { ROLES } from '../../../src/core/model.ts';
import { auditCookies } from '../../../src/core/rules/audit.ts';
import { ruleTextKey } from '../../../src/core/rules/finding.ts';
import { COOKIE_RULE_IDS, type CookieRuleId } from '../../../src/core/rules/index.ts';
import { COOKIE_RULES } from '../../../src/core/rules/index.ts';
import { classified, jwt, NOW, persistentFor } from './fixtures.ts';

const EN: Catalog = en;

/** One cookie that makes each rule speak, so that every rule's finding can be checked against its prose. */
const TRIGGERS: Readonly<Record<CookieRuleId, ClassifiedCookie>> = {
  'missing-httponly': classified({ cookie: { httpOnly: false } }),
  'missing-secure': classified({ cookie: { secure: false } }),
  'missing-samesite': classified({ cookie: { sameSite: 'unspecified' } }),
  'samesite-none-without-secure': classified({ cookie: { sameSite: 'none', secure: false } }),
  'invalid-samesite': classified({ cookie: { sameSite: 'unspecified' }, anomalies: [{ kind: 'invalid-samesite', text: 'Lax1' }] }),
  'prefix-violation': classified({ cookie: { name: '__Host-sid', path: '/app' } }),
  'broad-domain': classified({ cookie: { hostOnly: false, domain: 'example.com' } }),
  'long-lived-session': classified({ cookie: { expiry: persistentFor(90) } }),
  'expiry-over-400-days': classified({ cookie: { expiry: persistentFor(730) } }),
  'oversized-cookie': classified({ cookie: { value: 'x'.repeat(5000) } }),
  'low-entropy-session-id': classified({ entropyBits: 20 }),
  'jwt-alg-none': classified({ role: 'auth-token', jwt: jwt({ sub: '1' }, 'none') }),
  'jwt-sensitive-claims': classified({ role: 'auth-token', jwt: jwt({ email: 'kim@example.kr' }) }),
  'lb-cookie-reveals-backend': classified({ role: 'load-balancer', backend: { kind: 'named-server', server: 'web-03' } }),
  'client-side-session': classified({ clientSession: { format: 'itsdangerous', data: { user: 'kim' } } }),
  'refused-cookie': classified({ state: { kind: 'refused', exchange: 0, reason: 'domain-mismatch', times: 1 } }),
};

/** The highest `$n` an entry's placeholders take: how many substitutions its text expects. */
const slotsOf = (key: string): number => {
  const contents = Object.values(EN[key]?.placeholders ?? {}).map((p) => p.content);
  return Math.max(0, ...contents.flatMap((content) => [...content.matchAll(/\$(\d)/g)].map((m) => Number(m[1]))));
};

describe('COOKIE_RULES', () => {
  it('registers each rule once, under an id of its own', () => {
    expect(new Set(COOKIE_RULE_IDS).size).toBe(COOKIE_RULES.length);
    expect(COOKIE_RULE_IDS).toContain('missing-httponly');
  });

  it('gives every role a severity in at least one rule, and every rule at least one role', () => {
    for (const rule of COOKIE_RULES) expect(Object.keys(rule.severity).length).toBeGreaterThan(0);
    for (const role of ROLES) expect(COOKIE_RULES.some((rule) => rule.severity[role] !== undefined)).toBe(true);
  });
});

describe('auditCookies', () => {
  it.each(COOKIE_RULE_IDS)('reports %s with exactly the substitutions its message takes', (rule) => {
    const finding = auditCookies([TRIGGERS[rule]]).find((f) => f.rule === rule);
    expect(finding).toBeDefined();
    if (finding === undefined) return;
    expect(finding.args).toHaveLength(slotsOf(ruleTextKey(rule, 'message')));
    const text = translatorFor(EN)(ruleTextKey(rule, 'message'), finding.args);
    expect(text).toContain(finding.cookie.name);
    expect(text).not.toContain('$');
  });

  it('describes the cookie by name, domain and path, with no exchanges', () => {
    const [finding] = auditCookies([classified({ cookie: { httpOnly: false, path: '/app', domain: 'shop.example.com' } })]);
    expect(finding).toEqual({
      rule: 'missing-httponly',
      severity: 'high',
      cookie: { name: 'sid', domain: 'shop.example.com', path: '/app' },
      args: ['sid'],
      exchanges: [],
    });
  });

  it('sorts by severity, then by cookie name, keeping the rule order within one cookie', () => {
    const findings = auditCookies([
      classified({ role: 'tracking', cookie: { name: '_ga', secure: false } }),
      classified({ cookie: { name: 'zsid', httpOnly: false, secure: false } }),
      classified({ role: 'auth-token', cookie: { name: 'auth', httpOnly: false, sameSite: 'unspecified' } }),
    ]);
    expect(findings.map((f) => [f.severity, f.cookie.name, f.rule])).toEqual([
      ['high', 'auth', 'missing-httponly'],
      ['high', 'zsid', 'missing-httponly'],
      ['high', 'zsid', 'missing-secure'],
      ['medium', 'auth', 'missing-samesite'],
      ['low', '_ga', 'missing-secure'],
    ]);
  });

  it('judges only the name and value of a cookie seen in a request Cookie header', () => {
    const fromRequest = classified({
      entropyBits: 20,
      cookie: {
        httpOnly: false,
        secure: false,
        sameSite: 'unspecified',
        hostOnly: false,
        domain: 'example.com',
        expiry: persistentFor(900),
        origin: { kind: 'request-header', url: 'https://www.example.com/' },
      },
    });
    expect(auditCookies([fromRequest]).map((f) => f.rule)).toEqual(['low-entropy-session-id']);
  });

  it('judges a cookie whose lifetime ran out: the site set it with those attributes', () => {
    const expired = classified({ cookie: { httpOnly: false, expiry: { kind: 'persistent', expiresAt: 0 } } });
    expect(expired.lifetime.kind).toBe('expired');
    expect(auditCookies([expired]).map((f) => f.rule)).toContain('missing-httponly');
  });

  it('never puts a cookie value into a finding', () => {
    const cookieArb = fc.record({
      role: fc.constantFrom(...ROLES),
      value: fc.stringMatching(/^[A-Za-z0-9]{12,40}$/),
      httpOnly: fc.boolean(),
      secure: fc.boolean(),
      hostOnly: fc.boolean(),
      sameSite: fc.constantFrom('strict', 'lax', 'none', 'unspecified'),
      days: fc.option(fc.integer({ min: 1, max: 1000 })),
      entropyBits: fc.option(fc.double({ min: 0, max: 200, noNaN: true })),
    });
    fc.assert(
      fc.property(cookieArb, (c) => {
        const cookie = classified({
          role: c.role,
          entropyBits: c.entropyBits,
          jwt: jwt({ email: c.value, password: c.value }),
          cookie: {
            value: c.value,
            httpOnly: c.httpOnly,
            secure: c.secure,
            hostOnly: c.hostOnly,
            domain: c.hostOnly ? 'www.example.com' : 'example.com',
            sameSite: c.sameSite,
            expiry: c.days === null ? { kind: 'session' } : persistentFor(c.days),
            creationTime: NOW,
          },
        });
        for (const finding of auditCookies([cookie])) expect(finding.args.join('\n')).not.toContain(c.value);
      }),
    );
  });
});
