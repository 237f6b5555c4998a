import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../src/core/model.ts';
import { sameForEveryRole, severityOf, type CookieRule } from '../../../src/core/rules/rule.ts';

const rule = (severity: CookieRule['severity']): CookieRule => ({
  id: 'oversized-cookie',
  reads: 'name-and-value',
  severity,
  check: () => null,
});

describe('severityOf', () => {
  it('takes the role’s severity for a full match and one step milder for a lesser one', () => {
    const table = rule({ 'session-id': 'high', tracking: 'low', unknown: 'info' });
    expect(severityOf(table, 'session-id', 'full')).toBe('high');
    expect(severityOf(table, 'session-id', 'lesser')).toBe('medium');
    expect(severityOf(table, 'tracking', 'lesser')).toBe('info');
    expect(severityOf(table, 'unknown', 'lesser')).toBe('info');
  });

  it('is null for a role the table leaves out', () => {
    expect(severityOf(rule({ 'session-id': 'high' }), 'preference', 'full')).toBeNull();
  });
});

describe('sameForEveryRole', () => {
  it('covers every role', () => {
    const table = sameForEveryRole('low');
    expect(ROLES.map((role) => table[role])).toEqual(ROLES.map(() => 'low'));
  });
});
