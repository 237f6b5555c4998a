// @vitest-environment happy-dom
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/report/analyze.ts';
import { panelView, redactorFor } from '../../src/panel/view-model.ts';
import { SessionTimeline, type TimelineSelection } from '../../src/ui/SessionTimeline.tsx';
import { FIRST_ID, loginFlow, SECOND_ID } from './login-flow.ts';
import { click, mount, NOW, texts } from './support.tsx';

const analysis = analyze({ kind: 'har', pageUrl: 'https://app.example.test/', exchanges: loginFlow(), warnings: [] }, NOW);
const view = panelView(analysis);

const Harness = ({ reveal }: { readonly reveal: boolean }) => {
  const [selected, setSelected] = useState<TimelineSelection | null>(null);
  return (
    <SessionTimeline
      lanes={view.lanes}
      exchanges={analysis.exchanges}
      exchangeCookies={analysis.trace.exchangeCookies}
      architectures={analysis.trace.architecture}
      reveal={reveal}
      redact={redactorFor(analysis, reveal)}
      selected={selected}
      onSelect={setSelected}
    />
  );
};

const mark = (root: HTMLElement, event: string, exchange: number): Element | null =>
  root.querySelector(`.lane[data-lane="JSESSIONID"] .mark[data-event="${event}"][data-exchange="${exchange}"]`);

describe('SessionTimeline', () => {
  it('draws one lane per session cookie with a distinct, titled mark per event', () => {
    const root = mount(<Harness reveal={false} />);
    expect(texts(root, '.lane-label')).toEqual(['JSESSIONID']);
    expect(root.querySelector('.lane-heading title')?.textContent).toBe('JSESSIONID: example.test');
    expect(mark(root, 'issued', 0)?.querySelector('circle')).not.toBeNull();
    expect(mark(root, 'rotated', 1)?.querySelector('polygon')).not.toBeNull();
    expect(mark(root, 'cleared', 3)?.querySelector('rect')).not.toBeNull();
    expect(mark(root, 'issued', 0)?.querySelector('title')?.textContent).toBe('Issued at request #1: GET https://app.example.test/');
    expect(root.querySelector('.band-login title')?.textContent).toBe('Login at request #2: POST https://app.example.test/login');
    expect(root.querySelector('.band-logout')).not.toBeNull();
    expect(root.querySelector('.architecture li')?.getAttribute('data-architecture')).toBe('server-session');
  });

  it('shows the Cookie and Set-Cookie headers of a clicked mark with the masked session value highlighted', () => {
    const root = mount(<Harness reveal={false} />);
    click(mark(root, 'rotated', 1));
    const exchange = root.querySelector('.exchange-view');
    expect(exchange?.querySelector('h3')?.textContent).toBe('Request #2: POST https://app.example.test/login');
    expect(texts(exchange ?? document, 'mark.session-value')).toEqual(['A7F3…0718', 'B9D2…1234']);
    expect(texts(exchange ?? document, '.header-line')).toEqual([
      'theme=••••; JSESSIONID=A7F3…0718',
      'JSESSIONID=B9D2…1234; Path=/; Secure; HttpOnly',
    ]);
    expect(root.textContent).not.toContain(FIRST_ID);
    expect(root.textContent).not.toContain(SECOND_ID);
  });

  it('says what the browser did with each Set-Cookie of the exchange', () => {
    const root = mount(<Harness reveal={false} />);
    click(mark(root, 'rotated', 1));
    expect(texts(root, '.exchange-view .outcome')).toEqual(['updated']);
    click(mark(root, 'cleared', 3));
    expect(texts(root, '.exchange-view .outcome')).toEqual(['deleted']);
    expect(root.querySelector('.exchange-view .withheld')).toBeNull();
  });

  it('shows the real values when the user revealed them', () => {
    const root = mount(<Harness reveal={true} />);
    click(mark(root, 'rotated', 1));
    expect(texts(root, '.exchange-view mark.session-value')).toEqual([FIRST_ID, SECOND_ID]);
  });
});
