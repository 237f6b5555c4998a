// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/core/rules/finding.ts';
import { FindingsList } from '../../src/ui/FindingsList.tsx';
import { click, mount, texts } from './support.tsx';

const ref = (name: string) => ({ name, domain: 'app.example.test', path: '/' });

const FINDINGS: readonly Finding[] = [
  { rule: 'missing-samesite', severity: 'low', cookie: ref('theme'), args: ['theme'], exchanges: [] },
  { rule: 'missing-httponly', severity: 'high', cookie: ref('sid'), args: ['sid'], exchanges: [] },
  { rule: 'session-not-rotated', severity: 'high', cookie: ref('sid'), args: ['sid'], exchanges: [3, 7] },
  { rule: 'missing-secure', severity: 'medium', cookie: ref('sid'), args: ['sid'], exchanges: [] },
];

describe('FindingsList', () => {
  it('groups findings by severity, worst first, with counts', () => {
    const root = mount(<FindingsList findings={FINDINGS} onShowCookie={() => undefined} onShowExchange={() => undefined} />);
    expect(texts(root, '.finding-group > h2')).toEqual(['High (2)', 'Medium (1)', 'Low (1)']);
    const high = root.querySelector('.finding-group[data-severity="high"]');
    expect([...(high?.querySelectorAll('.finding') ?? [])].map((li) => li.getAttribute('data-rule'))).toEqual([
      'missing-httponly',
      'session-not-rotated',
    ]);
  });

  it('links each finding to its cookie and to the exchanges that show it', () => {
    const onShowCookie = vi.fn();
    const onShowExchange = vi.fn();
    const root = mount(<FindingsList findings={FINDINGS} onShowCookie={onShowCookie} onShowExchange={onShowExchange} />);
    const rotated = root.querySelector('.finding[data-rule="session-not-rotated"]');
    expect(texts(rotated ?? document, '.exchange-link')).toEqual(['Request #4', 'Request #8']);
    click(rotated?.querySelector('.cookie-link') ?? null);
    expect(onShowCookie).toHaveBeenCalledWith(ref('sid'));
    click(rotated?.querySelectorAll('.exchange-link')[1] ?? null);
    expect(onShowExchange).toHaveBeenCalledWith(7, ref('sid'));
    expect(root.querySelector('.finding[data-rule="missing-samesite"] .exchange-link')).toBeNull();
  });

  it('says when there is nothing to report', () => {
    const root = mount(<FindingsList findings={[]} onShowCookie={() => undefined} onShowExchange={() => undefined} />);
    expect(root.querySelector('.findings-empty')?.textContent).toBe('No findings.');
  });
});
