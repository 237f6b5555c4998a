// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Cookie } from '../../src/core/model.ts';
import { cookieRows } from '../../src/ui/cookie-rows.ts';
import { CookieDetail } from '../../src/ui/CookieDetail.tsx';
import { maskValue } from '../../src/core/report/mask.ts';
import { audited, classified, click, cookie, mount, texts } from './support.tsx';

const base64url = (text: string): string => Buffer.from(text).toString('base64url');
const JWT = `${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url('{"sub":"user-42","exp":1800000000}')}.c2lnbmF0dXJl`;

const rowOf = (c: Cookie, state: Parameters<typeof classified>[1] = { kind: 'held' }) => {
  const [row] = cookieRows([audited(classified(c, state))], []);
  if (row === undefined) throw new Error('no row');
  return row;
};

describe('CookieDetail', () => {
  it('lists the attributes, masks the value and decodes JWT header and claims', () => {
    const row = rowOf(cookie({ name: 'auth', value: JWT, httpOnly: false }));
    const root = mount(<CookieDetail row={row} reveal={false} onClose={() => undefined} />);
    expect(root.querySelector('h2')?.textContent).toBe('auth');
    expect(root.textContent).not.toContain(JWT);
    const pairs = [...root.querySelectorAll('.json-list .pair')].map((pair) => pair.textContent);
    expect(pairs).toEqual(['algHS256', 'typJWT', `sub${maskValue('user-42')}`, 'exp1800000000 (2027-01-15T08:00:00.000Z)']);
    expect(root.textContent).not.toContain('user-42');
    const attributes = [...root.querySelectorAll('.attributes .pair')].map((pair) => pair.textContent);
    expect(attributes).toContain('HttpOnlyNo');
    expect(attributes).toContain('SameSiteLax');
    expect(attributes).toContain('RoleAuth token');
  });

  it('shows the claim values once values are revealed', () => {
    const row = rowOf(cookie({ name: 'auth', value: JWT }));
    const root = mount(<CookieDetail row={row} reveal={true} onClose={() => undefined} />);
    expect(texts(root, '.json-list .pair')).toContain('subuser-42');
  });

  it('shows the load-balancer backend a BIG-IP cookie gives away', () => {
    const row = rowOf(cookie({ name: 'BIGipServerpool_web', value: '1677787402.36895.0000' }));
    const root = mount(<CookieDetail row={row} reveal={false} onClose={() => undefined} />);
    expect(root.querySelector('.backend')?.textContent).toBe('10.1.1.100 port 8080');
  });

  it('lists findings with why and fix, parser anomalies and rejection reasons', () => {
    const refused = { kind: 'refused', exchange: 2, reason: 'samesite-none-without-secure', times: 1 } as const;
    const row = rowOf(cookie({ name: 'JSESSIONID', value: 'F3A1C9E27B4D8A6051F3A1C9E27B4D80', httpOnly: false }), refused);
    const withAnomalies = { ...row, classified: { ...row.classified, anomalies: [{ kind: 'unknown-attribute', attribute: 'Foo' } as const] } };
    const root = mount(<CookieDetail row={withAnomalies} reveal={false} onClose={() => undefined} />);
    expect(row.findings.some((f) => f.rule === 'missing-httponly')).toBe(true);
    const finding = [...root.querySelectorAll('.detail-findings li')].find((li) => li.textContent?.includes('HttpOnly'));
    expect(finding?.querySelectorAll('.finding-advice dt').length).toBe(2);
    expect(texts(finding ?? document, '.finding-advice dt')).toEqual(['Why it matters', 'How to fix']);
    expect(texts(finding ?? document, '.finding-advice dd').every((text) => text.length > 10)).toBe(true);
    expect(root.querySelectorAll('.anomalies li').length).toBe(1);
    expect(root.querySelector('.rejection')?.textContent).toBe('Browsers refuse this cookie: SameSite=None requires the Secure attribute.');
    expect(root.querySelector('.state-refused')?.textContent).toBe('refused at #3');
    expect(texts(root, '.evidence li').length).toBeGreaterThan(0);
  });

  it('says when a cookie has no findings, and closes', () => {
    const row = rowOf(cookie({ name: '__Host-sid', value: 'F3A1C9E27B4D8A6051F3A1C9E27B4D80', sameSite: 'strict' }));
    const onClose = vi.fn();
    const root = mount(<CookieDetail row={row} reveal={true} onClose={onClose} />);
    expect(root.querySelector('.empty')?.textContent).toBe('No findings for this cookie.');
    expect(root.textContent).toContain('F3A1C9E27B4D8A6051F3A1C9E27B4D80');
    click(root.querySelector('button.close'));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
