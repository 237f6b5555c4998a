import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import en from '../../public/_locales/en/messages.json';
import { translatorFor, type Catalog } from '../../src/core/i18n/catalog.ts';
import { classifyCookie } from '../../src/core/classify/classify.ts';
import type { ClassifiedCookie } from '../../src/core/classify/types.ts';
import type { Cookie } from '../../src/core/model.ts';
import type { AuditedCookie } from '../../src/core/report/analyze.ts';
import { auditCookie } from '../../src/core/rules/audit.ts';
import { cookieRows, type CookieRow } from '../../src/ui/cookie-rows.ts';
import { TranslateContext } from '../../src/ui/translate.ts';
import { cookie as wellConfiguredCookie, NOW } from '../support/cookie.ts';

const EN: Catalog = en;
export const t = translatorFor(EN);

export { NOW };
export const PAGE = 'https://app.example.test/';

/** Renders inside the translate provider and flushes effects; returns the container. */
export const mount = (children: ComponentChildren): HTMLElement => {
  const container = document.createElement('div');
  document.body.append(container);
  void act(() => {
    render(<TranslateContext.Provider value={t}>{children}</TranslateContext.Provider>, container);
  });
  return container;
};

/** A cookie of the demo page, set a minute ago; tests name it and give its value. */
export const cookie = (fields: Partial<Cookie> & Pick<Cookie, 'name' | 'value'>): Cookie =>
  wellConfiguredCookie({ domain: 'app.example.test', creationTime: NOW - 60_000, ...fields });

export const classified = (c: Cookie, state: ClassifiedCookie['state'] = { kind: 'held' }): ClassifiedCookie =>
  classifyCookie(c, { pageUrl: PAGE, now: NOW }, [], state);

/** A cookie as the analysis lists it: classified and audited, with an id and no withheld requests. */
export const audited = (one: ClassifiedCookie): AuditedCookie => ({
  id: `${one.cookie.name}@${one.cookie.domain}${one.cookie.path}`,
  classified: one,
  withheld: [],
  findings: auditCookie(one),
});

export const rowsFor = (cookies: readonly Cookie[]): CookieRow[] => cookieRows(cookies.map((c) => audited(classified(c))), []);

export const texts = (root: ParentNode, selector: string): string[] =>
  [...root.querySelectorAll(selector)].map((element) => element.textContent ?? '');

export const click = (element: Element | null): void => {
  if (element === null) throw new Error('nothing to click');
  void act(() => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
};

/** Sets a form control's value and fires the event Preact listens to for it. */
export const change = (element: Element | null, value: string, type: 'input' | 'change'): void => {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) throw new Error('not a form control');
  void act(() => {
    element.value = value;
    element.dispatchEvent(new Event(type, { bubbles: true }));
  });
};
