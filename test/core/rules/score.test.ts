import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEVERITIES, type Severity } from '../../../src/core/model.ts';
import type { Grade } from '../../../src/core/report/types.ts';
import { auditCookies } from '../../../src/core/rules/audit.ts';
import type { Finding } from '../../../src/core/rules/finding.ts';
import { COOKIE_RULE_IDS } from '../../../src/core/rules/index.ts';
import { scoreFindings } from '../../../src/core/rules/score.ts';
import { classified, persistentFor } from './fixtures.ts';

const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E', 'F'];

const finding = (severity: Severity, name = 'sid'): Finding => ({
  rule: 'missing-secure',
  severity,
  cookie: { name, domain: 'example.com', path: '/' },
  args: [name],
  exchanges: [],
});

const findings = (...severities: Severity[]): Finding[] => severities.map((severity) => finding(severity));

const findingArb = fc
  .record({ severity: fc.constantFrom(...SEVERITIES), rule: fc.constantFrom(...COOKIE_RULE_IDS), name: fc.string() })
  .map(({ severity, rule, name }): Finding => ({ ...finding(severity, name), rule }));

describe('scoreFindings', () => {
  it('gives 100 and A when nothing is found', () => {
    expect(scoreFindings([])).toEqual({ score: 100, grade: 'A' });
  });

  it('grades A a site with a __Host- HttpOnly Secure SameSite session ID and ordinary preference cookies', () => {
    const site = [
      classified({ cookie: { name: '__Host-sid', sameSite: 'lax' } }),
      classified({
        role: 'preference',
        cookie: { name: 'lang', value: 'ko', httpOnly: false, secure: false, sameSite: 'unspecified', expiry: persistentFor(365) },
      }),
      classified({
        role: 'preference',
        cookie: { name: 'theme', value: 'dark', httpOnly: false, sameSite: 'strict', hostOnly: false, domain: 'example.com' },
      }),
    ];
    expect(auditCookies(site)).toEqual([]);
    expect(scoreFindings(auditCookies(site)).grade).toBe('A');
  });

  it('grades no better than D a site whose session ID lacks HttpOnly and Secure', () => {
    const site = [
      classified({ cookie: { httpOnly: false, secure: false, sameSite: 'lax' } }),
      classified({ role: 'preference', cookie: { name: 'lang', value: 'ko', httpOnly: false } }),
    ];
    const { score, grade } = scoreFindings(auditCookies(site));
    expect(GRADES.indexOf(grade)).toBeGreaterThanOrEqual(GRADES.indexOf('D'));
    expect(score).toBeLessThan(70);
  });

  it('caps the grade: one high finding at C, any medium one at B, however high the score', () => {
    expect(scoreFindings(findings('high')).grade).toBe('C');
    expect(scoreFindings(findings('medium')).grade).toBe('B');
    expect(scoreFindings(findings('high', 'high')).grade).toBe('D');
  });

  it('lets low and info findings alone keep an A', () => {
    expect(scoreFindings(findings('low', 'low', 'low', 'info', 'info'))).toEqual({ score: 92, grade: 'A' });
    expect(scoreFindings(findings('info', 'info', 'info'))).toEqual({ score: 100, grade: 'A' });
  });

  it('deducts with diminishing returns: the second finding of a severity costs less than the first', () => {
    const [none, one, two] = [0, 1, 2].map((n) => scoreFindings(findings(...Array<Severity>(n).fill('medium'))).score);
    expect((none ?? 0) - (one ?? 0)).toBeGreaterThan((one ?? 0) - (two ?? 0));
    expect(one).toBe(88);
  });

  it('reaches F for a site with many serious findings, and 0 at worst', () => {
    expect(scoreFindings(findings(...Array<Severity>(6).fill('high'), ...Array<Severity>(4).fill('medium')))).toEqual({
      score: 14,
      grade: 'F',
    });
    const worst = [...Array<Severity>(10).fill('high'), ...Array<Severity>(10).fill('medium'), ...Array<Severity>(20).fill('low')];
    expect(scoreFindings(findings(...worst))).toEqual({ score: 0, grade: 'F' });
  });

  it('always scores a whole number from 0 to 100', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 60 }), (all) => {
        const { score } = scoreFindings(all);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never raises the score or the grade when a finding is added', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 40 }), findingArb, (all, extra) => {
        const before = scoreFindings(all);
        const after = scoreFindings([...all, extra]);
        expect(after.score).toBeLessThanOrEqual(before.score);
        expect(GRADES.indexOf(after.grade)).toBeGreaterThanOrEqual(GRADES.indexOf(before.grade));
      }),
    );
  });
});
