// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../src/core/model.ts';
import { cookieRows, type CookieRow } from '../../src/ui/cookie-rows.ts';
import { CookieTable } from '../../src/ui/CookieTable.tsx';
import { audited, change, classified, click, cookie, mount, NOW, rowsFor, texts } from './support.tsx';

const DAY_MS = 86_400_000;

const COOKIES: readonly Cookie[] = [
  cookie({ name: 'JSESSIONID', value: 'F3A1C9E27B4D8A6051F3A1C9E27B4D80', httpOnly: false }),
  cookie({ name: 'theme', value: 'dark', expiry: { kind: 'persistent', expiresAt: NOW + 30 * DAY_MS } }),
  cookie({
    name: '_ga',
    value: 'GA1.1.1234567890.1700000000',
    domain: 'tracker.other.test',
    hostOnly: false,
    sameSite: 'none',
    expiry: { kind: 'persistent', expiresAt: NOW + 2 * 3600_000 },
  }),
  cookie({ name: 'a_long_one', value: 'x'.repeat(300), expiry: { kind: 'persistent', expiresAt: NOW + 90 * 60_000 } }),
];

const Harness = ({ rows }: { readonly rows: readonly CookieRow[] }) => {
  const [reveal, setReveal] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  return <CookieTable rows={rows} selectedId={selected} onSelect={(row) => setSelected(row.id)} reveal={reveal} onReveal={setReveal} />;
};

const names = (root: HTMLElement): string[] => texts(root, 'tbody .col-name');
const header = (root: HTMLElement, column: string): Element | null => root.querySelector(`th.col-${column} button`);

describe('CookieTable', () => {
  it('sorts by name first, and by any column in both directions', () => {
    const root = mount(<Harness rows={rowsFor(COOKIES)} />);
    expect(names(root)).toEqual(['_ga', 'a_long_one', 'JSESSIONID', 'theme']);
    click(header(root, 'size'));
    expect(names(root)).toEqual(['theme', '_ga', 'JSESSIONID', 'a_long_one']);
    expect(root.querySelector('th.col-size')?.getAttribute('aria-sort')).toBe('ascending');
    click(header(root, 'size'));
    expect(names(root)).toEqual(['a_long_one', 'JSESSIONID', '_ga', 'theme']);
    expect(root.querySelector('th.col-size')?.getAttribute('aria-sort')).toBe('descending');
    click(header(root, 'lifetime'));
    expect(names(root)).toEqual(['JSESSIONID', 'a_long_one', '_ga', 'theme']);
    click(header(root, 'party'));
    expect(names(root).at(-1)).toBe('_ga');
  });

  it('shows lifetime in human units and marks missing flags', () => {
    const root = mount(<Harness rows={rowsFor(COOKIES)} />);
    const row = (name: string): Element | undefined =>
      [...root.querySelectorAll('tbody tr.cookie-row')].find((tr) => tr.querySelector('.col-name')?.textContent === name);
    expect(row('theme')?.querySelector('.col-lifetime')?.textContent).toBe('Persistent30 days left');
    expect(row('_ga')?.querySelector('.col-lifetime')?.textContent).toBe('Persistent2 h left');
    expect(row('a_long_one')?.querySelector('.col-lifetime')?.textContent).toBe('Persistent90 min left');
    expect(row('JSESSIONID')?.querySelector('.col-lifetime')?.textContent).toBe('Session');
    const missing = texts(row('JSESSIONID') ?? document, '.flag-missing');
    expect(missing).toEqual(['HttpOnly', 'Partitioned']);
    expect(row('JSESSIONID')?.querySelector('.flag-missing')?.getAttribute('title')).toBe('HttpOnly is missing');
    expect(texts(row('_ga') ?? document, '.flag-present')).toEqual(['HttpOnly', 'Secure', 'SameSite=None']);
  });

  it('filters by text, role, party, lifetime and findings', () => {
    const root = mount(<Harness rows={rowsFor(COOKIES)} />);
    change(root.querySelector('.filter-text'), 'TRACKER', 'input');
    expect(names(root)).toEqual(['_ga']);
    change(root.querySelector('.filter-text'), '', 'input');
    change(root.querySelector('select[aria-label="Role filter"]'), 'session-id', 'change');
    expect(names(root)).toEqual(['JSESSIONID']);
    change(root.querySelector('select[aria-label="Role filter"]'), 'all', 'change');
    change(root.querySelector('select[aria-label="Party filter"]'), 'third', 'change');
    expect(names(root)).toEqual(['_ga']);
    change(root.querySelector('select[aria-label="Party filter"]'), 'all', 'change');
    change(root.querySelector('select[aria-label="Lifetime filter"]'), 'session', 'change');
    expect(names(root)).toEqual(['JSESSIONID']);
    change(root.querySelector('select[aria-label="Lifetime filter"]'), 'persistent', 'change');
    expect(names(root)).toEqual(['_ga', 'a_long_one', 'theme']);
    change(root.querySelector('select[aria-label="Lifetime filter"]'), 'all', 'change');
    const findings = root.querySelector('.filter-findings');
    void act(() => {
      if (findings instanceof HTMLInputElement) findings.checked = true;
      findings?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(names(root)).toContain('JSESSIONID');
    expect(names(root)).not.toContain('theme');
    expect(root.querySelector('.table-count')?.textContent).toMatch(/^\d of 4 cookies$/);
  });

  it('masks values until the user reveals them', () => {
    const root = mount(<Harness rows={rowsFor(COOKIES)} />);
    expect(root.textContent).not.toContain('F3A1C9E27B4D8A6051F3A1C9E27B4D80');
    expect(texts(root, 'tbody .col-value')).toContain('F3A1…4D80');
    const reveal = root.querySelector('.reveal-toggle');
    void act(() => {
      if (reveal instanceof HTMLInputElement) reveal.checked = true;
      reveal?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(texts(root, 'tbody .col-value')).toContain('F3A1C9E27B4D8A6051F3A1C9E27B4D80');
  });

  it('selects a row on click', () => {
    const root = mount(<Harness rows={rowsFor(COOKIES)} />);
    click(root.querySelectorAll('tbody tr.cookie-row')[2] ?? null);
    expect(texts(root, 'tr[aria-selected="true"] .col-name')).toEqual(['JSESSIONID']);
  });

  it('renders a bounded window of rows for 5,000 cookies and moves it on scroll', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      cookie({ name: `c${String(i).padStart(4, '0')}`, value: `value-${i}-0123456789abcdef` }),
    );
    const root = mount(<Harness rows={rowsFor(many)} />);
    const rendered = root.querySelectorAll('tbody tr.cookie-row');
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered.length).toBeLessThan(80);
    expect(root.querySelector('table')?.getAttribute('aria-rowcount')).toBe('5001');
    expect(names(root)[0]).toBe('c0000');
    const scroller = root.querySelector('.table-scroll');
    void act(() => {
      if (scroller instanceof HTMLElement) scroller.scrollTop = 28 * 3000;
      scroller?.dispatchEvent(new Event('scroll'));
    });
    const after = names(root);
    expect(root.querySelectorAll('tbody tr.cookie-row').length).toBeLessThan(80);
    expect(after).toContain('c3000');
    expect(after).not.toContain('c0000');
    const spacers = [...root.querySelectorAll<HTMLElement>('tr.spacer')].map((tr) => tr.style.height);
    expect(spacers[0]).toBe(`${(3000 - 10) * 28}px`);
  });
});

describe('CookieTable: states and unknown attributes', () => {
  it('marks the attributes of a cookie seen only in requests as unknown, not missing, and its lifetime as unknown', () => {
    const seenInRequest = cookie({ name: 'JSESSIONID', value: 'F3A1C9E27B4D8A6051F3A1C9E27B4D80', origin: { kind: 'request-header', url: 'https://app.example.test/' } });
    const root = mount(<Harness rows={rowsFor([seenInRequest])} />);
    expect(root.querySelectorAll('tbody .flag-unknown')).toHaveLength(3);
    expect(root.querySelectorAll('tbody .flag-missing')).toHaveLength(0);
    expect(texts(root, 'tbody .col-lifetime')).toEqual(['Unknown']);
    change(root.querySelector('select[aria-label="Lifetime filter"]'), 'session', 'change');
    expect(names(root)).toEqual([]);
  });

  it('shows each cookie state, and filters by it', () => {
    const rows = [
      ...rowsFor([cookie({ name: 'held', value: 'v' })]),
      ...cookieRows([audited(classified(cookie({ name: 'refused', value: 'v' }), { kind: 'refused', exchange: 0, reason: 'domain-mismatch', times: 1 }))], []),
      ...cookieRows([audited(classified(cookie({ name: 'cleared', value: 'v' }), { kind: 'cleared', exchange: 4, cause: 'deleted' }))], []),
    ];
    const root = mount(<Harness rows={rows} />);
    expect(texts(root, 'tbody .col-state')).toEqual(['deleted at #5', 'held', 'refused at #1']);
    change(root.querySelector('select.filter-state'), 'refused', 'change');
    expect(names(root)).toEqual(['refused']);
  });
});
