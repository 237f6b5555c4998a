// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { QuickAudit } from '../../src/popup/QuickAudit.tsx';
import { REPORT } from './report-fixture.ts';
import { mount, texts } from './support.tsx';

describe('QuickAudit (popup)', () => {
  it('shows the grade, session and persistent counts, and findings by severity', () => {
    const root = mount(<QuickAudit report={REPORT} />);
    expect(root.querySelector('.grade')?.getAttribute('aria-label')).toBe('Grade D');
    expect(root.querySelector('.grade-letter')?.textContent).toBe('D');
    expect(root.querySelector('.count-session')?.textContent).toBe('40');
    expect(root.querySelector('.count-persistent')?.textContent).toBe('110');
    expect(texts(root, '.severity-counts li')).toEqual(['2High', '1Medium', '1Low', '0Info']);
  });

  it('lists the three worst findings, one line each, and how to open the panel', () => {
    const root = mount(<QuickAudit report={REPORT} />);
    expect(texts(root, '.top-findings .line')).toEqual([
      'sid is readable from JavaScript.',
      'auth token never expires.',
      'csrf is sent over HTTP.',
    ]);
    expect(root.querySelector('.open-panel')?.textContent).toBe('Full audit: open DevTools (F12) → Crumbtrail tab.');
  });
});
