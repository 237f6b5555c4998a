// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { PopupHost } from '../../src/popup/host.ts';
import { loadPopup, Popup } from '../../src/popup/Popup.tsx';
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

describe('the popup over its host', () => {
  const host = (tabId: number | null, report: () => Promise<typeof REPORT>): PopupHost => ({ tabId: async () => tabId, report });

  it('asks the background for the report of the tab it is given, and shows it', async () => {
    const asked: number[] = [];
    const state = await loadPopup(host(3, async () => REPORT));
    expect(state).toEqual({ kind: 'report', report: REPORT });
    await loadPopup({ tabId: async () => 3, report: async (tabId) => (asked.push(tabId), REPORT) });
    expect(asked).toEqual([3]);
    expect(mount(<Popup state={state} />).querySelector('.grade-letter')?.textContent).toBe('D');
  });

  it('says when there is no tab, and when the background cannot answer', async () => {
    expect(await loadPopup(host(null, async () => REPORT))).toEqual({ kind: 'no-tab' });
    const failed = await loadPopup(host(3, async () => Promise.reject(new Error('Could not establish connection'))));
    expect(failed).toEqual({ kind: 'error', detail: 'Could not establish connection' });
    expect(mount(<Popup state={failed} />).textContent).toContain('Could not establish connection');
  });
});
