// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/report/analyze.ts';
import { panelView, redactorFor } from '../../src/panel/view-model.ts';
import { QuickAudit } from '../../src/popup/QuickAudit.tsx';
import type { Exchange } from '../../src/core/exchange.ts';
import { CookieDetail } from '../../src/ui/CookieDetail.tsx';
import { CookieTable } from '../../src/ui/CookieTable.tsx';
import { FindingsList } from '../../src/ui/FindingsList.tsx';
import { SessionTimeline } from '../../src/ui/SessionTimeline.tsx';
import { REPORT } from './report-fixture.ts';
import { click, cookie, mount, NOW, rowsFor } from './support.tsx';
import { exchange as sketched } from '../support/exchange.ts';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '</script><script>alert(1)</script>';

/** Elements page data could smuggle in; none of the components ever creates one. */
const INJECTED = 'img, script, iframe, object, embed, foreignObject';

const payloadExchange: Exchange = sketched({
  id: '0',
  startedAt: NOW,
  url: 'https://app.example.test/',
  cookie: `${IMG}=${SCRIPT}`,
  setCookies: [`sessionid=${SCRIPT}${SCRIPT}; Path=/`],
});

describe('markup and script payloads in names and values', () => {
  it('render verbatim as text in the cookie table and detail pane, revealed or not', () => {
    const rows = rowsFor([cookie({ name: IMG, value: SCRIPT }), cookie({ name: SCRIPT, value: IMG })]);
    for (const reveal of [false, true]) {
      const root = mount(<CookieTable rows={rows} selectedId={null} onSelect={() => undefined} reveal={reveal} onReveal={() => undefined} />);
      expect(root.querySelectorAll(INJECTED).length).toBe(0);
      expect([...root.querySelectorAll('tbody .col-name')].map((cell) => cell.textContent).sort()).toEqual([SCRIPT, IMG].sort());
      if (reveal) expect(root.textContent).toContain(SCRIPT);
    }
    const [row] = rows;
    if (row === undefined) throw new Error('no row');
    const detail = mount(<CookieDetail row={row} reveal={true} onClose={() => undefined} />);
    expect(detail.querySelectorAll(INJECTED).length).toBe(0);
    expect(detail.querySelector('h2')?.textContent).toBe(row.classified.cookie.name);
  });

  it('render verbatim in findings, the timeline, the exchange headers and the popup', () => {
    const analysis = analyze({ kind: 'har', pageUrl: payloadExchange.pageUrl, exchanges: [payloadExchange], warnings: [] }, NOW);
    const view = panelView(analysis);
    const findings = mount(<FindingsList findings={analysis.findings} onShowCookie={() => undefined} onShowExchange={() => undefined} />);
    expect(findings.querySelectorAll(INJECTED).length).toBe(0);
    const timeline = mount(
      <SessionTimeline
        lanes={view.lanes}
        exchanges={analysis.exchanges}
        exchangeCookies={analysis.trace.exchangeCookies}
        architectures={analysis.trace.architecture}
        reveal={true}
        redact={redactorFor(analysis, true)}
        selected={{ exchange: 0, highlight: { kind: 'cookie', name: IMG } }}
        onSelect={() => undefined}
      />,
    );
    click(timeline.querySelector('.mark'));
    expect(timeline.querySelectorAll(INJECTED).length).toBe(0);
    expect(timeline.textContent).toContain(`${IMG}=${SCRIPT}`);
    const payloadFinding = { rule: 'missing-httponly', severity: 'high', message: SCRIPT, fix: IMG, cookie: { name: IMG, domain: SCRIPT, path: '/' } } as const;
    const popup = mount(<QuickAudit report={{ ...REPORT, source: { kind: 'browser', page: IMG }, findings: [payloadFinding] }} />);
    expect(popup.querySelectorAll(INJECTED).length).toBe(0);
    expect(popup.textContent).toContain(IMG);
    expect(popup.textContent).toContain(SCRIPT);
  });
});
