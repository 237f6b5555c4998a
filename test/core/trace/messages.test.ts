import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { harErrorMessage, harWarningMessage, type HarError, type HarWarning } from '../../../src/core/har/har-issues.ts';
import type { Catalog } from '../../../src/core/i18n/catalog.ts';
import { ruleTextKey } from '../../../src/core/rules/finding.ts';
import type { TraceRuleId } from '../../../src/core/trace/rules/index.ts';
import type { ArchitectureEvidence } from '../../../src/core/trace/architecture.ts';
import { ARCHITECTURE_KEYS, AUTH_EVIDENCE_KEYS, EVENT_TYPE_KEYS, architectureEvidenceMessage, eventDetailMessages } from '../../../src/core/trace/messages.ts';

const catalog = (locale: string): Catalog =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', '..', '..', 'public', '_locales', locale, 'messages.json'), 'utf8'));
const en = catalog('en');
const ko = catalog('ko');

const TRACE_RULES: readonly TraceRuleId[] = ['session-not-rotated', 'not-cleared-on-logout', 'session-id-in-url', 'sent-over-http', 'leaked-to-third-party', 'cookie-shadowing'];

const WARNINGS: readonly HarWarning[] = [
  { kind: 'sanitized-export', entries: 3 },
  { kind: 'no-cookie-data', entries: 3 },
  { kind: 'unknown-version', version: '0.9' },
  { kind: 'invalid-started-date-time', entries: 2, firstEntry: 4 },
  { kind: 'entries-skipped', entries: 2, firstEntry: 4 },
  { kind: 'no-response', entries: 1 },
  { kind: 'cookies-from-arrays', entries: 1 },
  { kind: 'invalid-headers', headers: 1 },
];
const ERRORS: readonly HarError[] = [{ kind: 'not-an-object' }, { kind: 'no-log' }, { kind: 'no-entries' }, { kind: 'entries-not-an-array' }];
const EVIDENCE: readonly ArchitectureEvidence[] = [
  { kind: 'opaque-session-cookie', cookie: 'sid' },
  { kind: 'opaque-bearer-token' },
  { kind: 'jwt-cookie', cookie: 'jwt' },
  { kind: 'jwt-bearer-token' },
  { kind: 'load-balancer-cookie', cookie: 'AWSALB' },
  { kind: 'backend-in-value', cookie: 'JSESSIONID' },
  { kind: 'several-backends', cookie: 'BIGipServerx', backends: 3 },
];

/** The highest `$n` a message can show through its placeholders. */
const slots = (key: string, locale: Catalog): number =>
  Math.max(0, ...Object.values(locale[key]?.placeholders ?? {}).map((p) => Number(/\$(\d)/.exec(p.content)?.[1] ?? 0)));

const keysWithArgs = (): [string, number][] => [
  ...TRACE_RULES.flatMap((rule) => (['title', 'message', 'why', 'fix'] as const).map((part): [string, number] => [ruleTextKey(rule, part), part === 'message' ? 2 : 0])),
  ...Object.values(EVENT_TYPE_KEYS).map((key): [string, number] => [key, 0]),
  ...Object.values(AUTH_EVIDENCE_KEYS).map((key): [string, number] => [key, 0]),
  ...Object.values(ARCHITECTURE_KEYS).flatMap(({ name, detail }): [string, number][] => [[name, 0], [detail, 0]]),
  ...WARNINGS.map(harWarningMessage).map(({ key, args }): [string, number] => [key, args.length]),
  ...ERRORS.map(harErrorMessage).map(({ key, args }): [string, number] => [key, args.length]),
  ...EVIDENCE.map(architectureEvidenceMessage).map(({ key, args }): [string, number] => [key, args.length]),
  ...eventDetailMessages({ type: 'leaked', exchange: 0, value: 1, channel: 'third-party', host: 'h', side: 'request' }).map(({ key, args }): [string, number] => [key, args.length]),
  ...eventDetailMessages({ type: 'cleared', exchange: 0, value: 1, reason: 'empty-value' }).map(({ key, args }): [string, number] => [key, args.length]),
];

describe('trace and HAR catalog entries', () => {
  it.each(keysWithArgs())('%s exists in en and ko with %i substitutions', (key, args) => {
    for (const locale of [en, ko]) {
      expect(locale[key]?.message, key).toBeTruthy();
      expect(locale[key]?.description, key).toBeTruthy();
      expect(slots(key, locale)).toBe(args);
    }
  });

  it('tells how to export a HAR with sensitive data in both languages', () => {
    for (const key of ['har_warning_sanitized_export', 'har_warning_no_cookie_data']) {
      expect(en[key]?.message).toContain('Allow to generate HAR with sensitive data');
      expect(ko[key]?.message).toContain('Export HAR (with sensitive data)');
    }
  });

  it('shows entry numbers 1-based', () => {
    expect(harWarningMessage({ kind: 'entries-skipped', entries: 2, firstEntry: 0 }).args).toEqual(['2', '1']);
  });

  it('says why a localhost request is not counted as plain HTTP', () => {
    expect(en['rule_sent_over_http_why']?.message).toContain('localhost');
    expect(ko['rule_sent_over_http_why']?.message).toContain('localhost');
  });
});
