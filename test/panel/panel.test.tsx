// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportFile } from '../../src/panel/export.ts';
import type { PanelHost } from '../../src/panel/host.ts';
import { Panel } from '../../src/panel/Panel.tsx';
import type { Recording } from '../../src/platform/messages.ts';
import { FIRST_ID, loginFlow, SECOND_ID } from '../ui/login-flow.ts';
import { click, cookie, mount, NOW, texts } from '../ui/support.tsx';

const RECORDING: Recording = {
  tabId: 7,
  pageUrl: 'https://app.example.test/',
  cookies: [
    cookie({ name: 'JSESSIONID', value: SECOND_ID, httpOnly: false }),
    cookie({ name: 'theme', value: 'dark', expiry: { kind: 'persistent', expiresAt: NOW + 86_400_000 } }),
  ],
  exchanges: loginFlow(),
  dropped: 12,
};

const fakeHost = () => {
  const downloads: ExportFile[] = [];
  const changed: (() => void)[] = [];
  const host: PanelHost = {
    tabId: 7,
    fetchRecording: vi.fn(async () => RECORDING),
    clearRecording: vi.fn(async () => undefined),
    adoptExchanges: vi.fn(async () => undefined),
    onRecordingChanged: (_tabId, listener) => {
      changed.push(listener);
      return () => undefined;
    },
    networkEntries: async () => [],
    onNetworkEntry: () => () => undefined,
    download: (file) => downloads.push(file),
    now: () => NOW,
  };
  return { host, downloads, changed };
};

/** Lets the fake host's promises settle and Preact re-render. */
const settle = async (): Promise<void> => {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
};

const tab = (root: HTMLElement, id: string): Element | null => root.querySelector(`#tab-${id}`);

afterEach(() => {
  vi.useRealTimers();
});

describe('Panel', () => {
  it('hands the requests DevTools saw to the background before it reads the recording, so the popup judges the same', async () => {
    const { host } = fakeHost();
    const entry = { startedDateTime: '2026-01-15T11:00:00.000Z', request: { method: 'GET', url: 'https://app.example.test/early', headers: [] }, response: { status: 200, headers: [] } };
    const withDevtools: PanelHost = { ...host, networkEntries: async () => [entry] };
    mount(<Panel host={withDevtools} />);
    await settle();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(host.adoptExchanges).toHaveBeenCalledWith(7, [expect.objectContaining({ method: 'GET', url: 'https://app.example.test/early' })]);
    expect(host.fetchRecording).toHaveBeenCalled();
  });

  it('analyses the recording of the inspected tab and shows summary, dropped notice and cookies', async () => {
    const { host } = fakeHost();
    const root = mount(<Panel host={host} />);
    await settle();
    expect(host.fetchRecording).toHaveBeenCalledWith(7);
    expect(root.querySelector('.grade-letter')?.textContent).toMatch(/^[A-F]$/);
    expect(root.querySelector('.dropped-notice')?.textContent).toContain('12 older requests');
    expect(texts(root, 'tbody .col-name')).toEqual(['JSESSIONID', 'theme']);
    expect(root.textContent).not.toContain(SECOND_ID);
  });

  it('links a finding to its exchange on the session trace', async () => {
    const { host } = fakeHost();
    const root = mount(<Panel host={host} />);
    await settle();
    click(tab(root, 'findings'));
    expect(root.querySelectorAll('.finding').length).toBeGreaterThan(0);
    click(root.querySelector('.finding .cookie-link'));
    expect(tab(root, 'cookies')?.getAttribute('aria-selected')).toBe('true');
    expect(root.querySelector('.cookie-detail h2')?.textContent).toBe(texts(root, 'tr[aria-selected="true"] .col-name')[0]);
    click(tab(root, 'timeline'));
    click(root.querySelector('.mark[data-event="rotated"]'));
    expect(root.querySelector('.exchange-view mark.session-value')?.textContent).toBe('A7F3…0718');
    expect(root.textContent).not.toContain(FIRST_ID);
  });

  it('exports JSON and Markdown with values masked unless revealed', async () => {
    const { host, downloads } = fakeHost();
    const root = mount(<Panel host={host} />);
    await settle();
    click(root.querySelector('.export-json'));
    click(root.querySelector('.export-markdown'));
    expect(downloads.map((file) => file.name)).toEqual(['crumbtrail-report.json', 'crumbtrail-report.md']);
    expect(JSON.parse(downloads[0]?.text ?? '')).toMatchObject({ schema: 'crumbtrail.report/v1', source: { kind: 'browser' } });
    for (const file of downloads) expect(file.text).not.toContain(SECOND_ID);
    const reveal = root.querySelector('.reveal-toggle');
    void act(() => {
      if (reveal instanceof HTMLInputElement) reveal.checked = true;
      reveal?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(root.querySelector('.export-json'));
    expect(downloads[2]?.text).toContain(SECOND_ID);
  });

  it('clears the recording, and re-reads it once per burst of change events', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { host, changed } = fakeHost();
    const root = mount(<Panel host={host} />);
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(host.fetchRecording).toHaveBeenCalledTimes(1);
    void act(() => {
      for (const listener of changed) {
        listener();
        listener();
        listener();
      }
    });
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(host.fetchRecording).toHaveBeenCalledTimes(2);
    click(root.querySelector('.clear-recording'));
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(host.clearRecording).toHaveBeenCalledWith(7);
    expect(host.fetchRecording).toHaveBeenCalledTimes(3);
  });

  it('shows an imported HAR instead of the live tab, with a way back', async () => {
    const { host } = fakeHost();
    const root = mount(<Panel host={host} />);
    await settle();
    const har = readFileSync(join(import.meta.dirname, '../fixtures/har/cli-login-not-rotated.har'), 'utf8');
    const choose = async (file: File): Promise<void> => {
      const input = root.querySelector('.import-har input');
      if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(async () => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 0));
      });
    };
    await choose(new File([har], 'login.har', { type: 'application/json' }));
    expect(root.querySelector('.source')?.textContent).toMatch(/^HAR file login\.har: /);
    expect(root.querySelector('.back-to-live')).not.toBeNull();
    expect(root.querySelector('.dropped-notice')).toBeNull();
    click(root.querySelector('.back-to-live'));
    expect(texts(root, 'tbody .col-name')).toEqual(['JSESSIONID', 'theme']);
    await choose(new File(['{"log": 1'], 'broken.har'));
    expect(root.querySelector('.error')?.textContent).toBe('Could not import broken.har: the file is not valid JSON');
    const sanitized = readFileSync(join(import.meta.dirname, '../fixtures/har/sanitized.har'), 'utf8');
    await choose(new File([sanitized], 'sanitized.har'));
    expect(root.querySelector('.error')?.textContent).toMatch(/^sanitized\.har has nothing to audit: .*Export HAR \(with sensitive data\)/);
    expect(root.querySelector('.grade-letter')).toBeNull();
  });

  it('says so when there is no tab to inspect', () => {
    const { host } = fakeHost();
    const root = mount(<Panel host={{ ...host, tabId: null }} />);
    expect(root.querySelector('.error')?.textContent).toBe(
      'No tab to inspect. Open this panel from DevTools or with ?tabId=N.',
    );
  });
});
