import { describe, expect, it } from 'vitest';
import { decodeJwt } from '../../../src/core/classify/jwt.ts';
import { realHar } from '../har/load-har.ts';
import { findingsOf, sessionNamed, timeline, traceFile } from './trace-har.ts';

const ruleNames = (file: string): string[] => traceFile(realHar(file)).trace.findings.map((f) => `${f.rule}:${f.cookie.name}`);

describe('traceSessions on the real HAR corpus: session fixation', () => {
  it('bgtrain: session_id sent before and after the login, no response at all: session-not-rotated', () => {
    const { trace } = traceFile(realHar('firefox55-bgtrain-login-session-not-rotated.har'));
    expect(findingsOf(trace, 'session-not-rotated')).toEqual([
      expect.objectContaining({ severity: 'high', cookie: { name: 'session_id', domain: 'www.bgtrain.com', path: '/' }, exchanges: [0, 1] }),
    ]);
    expect(timeline(sessionNamed(trace, 'session_id'))).toEqual(['login@0', 'sent@0', 'leaked@0']);
  });

  it('bgtrain multipart: the 303 re-issues the pre-login value, which is not a rotation', () => {
    const { trace } = traceFile(realHar('firefox55-bgtrain-multipart-login-same-session-reissued.har'));
    const session = sessionNamed(trace, 'session_id');
    expect(session.values).toBe(1);
    expect(timeline(session).slice(0, 4)).toEqual(['login@0', 'sent@0', 'leaked@0', 'issued@0']);
    expect(findingsOf(trace, 'session-not-rotated').map((f) => f.exchanges)).toEqual([[0]]);
  });

  it('bgtrain multipart: the Facebook session cookies go to facebook.com only, which is not a leak', () => {
    expect(findingsOf(traceFile(realHar('firefox55-bgtrain-multipart-login-same-session-reissued.har')).trace, 'leaked-to-third-party')).toEqual([]);
  });

  it('zentao login: zentaosid sent with the login and not replaced by its response', () => {
    expect(ruleNames('fiddler5-zentao-login-bom.har')).toEqual(['session-not-rotated:zentaosid']);
  });

  it('zentao logout: zentaosid is neither expired nor replaced, while za and zp are deleted', () => {
    const { trace } = traceFile(realHar('fiddler5-zentao-logout-session-kept.har'));
    expect(findingsOf(trace, 'not-cleared-on-logout')).toEqual([
      expect.objectContaining({ severity: 'medium', args: ['zentaosid', '127.0.0.1'], exchanges: [0] }),
    ]);
    expect(timeline(sessionNamed(trace, 'zentaosid'))).toEqual(['logout@0', 'sent@0']);
    // 127.0.0.1 is loopback: no sent-over-http.
    expect(trace.findings).toHaveLength(1);
  });
});

describe('traceSessions on the real HAR corpus: rotation', () => {
  const { imported, trace } = traceFile(realHar('charles461-postman-echo-session-rotating.har'));
  const session = sessionNamed(trace, 'sails.sid');

  it('sails.sid rotates on responses, and each request sends the previous response\'s value', () => {
    const rotations = session.events.filter((event) => event.type === 'rotated');
    expect(rotations.length).toBeGreaterThan(30);
    for (const rotation of rotations) {
      const response = imported.exchanges[rotation.exchange]?.response;
      const setsIt = response?.kind === 'received' && response.headers.some((h) => /^set-cookie$/i.test(h.name) && h.value.startsWith('sails.sid='));
      expect(setsIt, `rotation at ${rotation.exchange} comes from its response`).toBe(true);
    }
    expect(findingsOf(trace, 'session-not-rotated')).toEqual([]);
  });

  it('marks the Basic and Digest requests that got a new session value as logins', () => {
    const logins = session.events.filter((event) => event.type === 'login');
    expect(logins).toEqual([
      { type: 'login', exchange: 8, evidence: ['credentials-then-new-session'] },
      { type: 'login', exchange: 9, evidence: ['credentials-then-new-session'] },
    ]);
  });

  it('sees foo1 and foo2 set, then deleted by /cookies/delete', () => {
    const names = trace.cookiesSeen.map(({ cookie }) => cookie.name).sort();
    expect(names).toEqual(['foo1', 'foo2', 'sails.sid']);
  });
});

describe('traceSessions on the real HAR corpus: architecture', () => {
  it('walmart: x-csrf-jwt is a JWT, so dev.walmart.com shows stateless tokens', () => {
    const { trace } = traceFile(realHar('chrome60-walmart-dev-jwt-cookie.har'));
    const walmart = trace.architecture.find((site) => site.site === 'walmart.com');
    expect(walmart?.evidence).toContainEqual({ kind: 'jwt-cookie', cookie: 'x-csrf-jwt' });
    const csrf = trace.cookiesSeen.find(({ cookie }) => cookie.name === 'x-csrf-jwt');
    expect(csrf?.cookie).toMatchObject({ domain: 'dev.walmart.com', path: '/', httpOnly: false, secure: false, sameSite: 'unspecified' });
    expect(decodeJwt(csrf?.cookie.value ?? '')?.alg).toBe('HS256');
  });

  it('arcelormittal: AWSELB is load-balancer affinity beside an ASP.NET session: mixed', () => {
    const { trace } = traceFile(realHar('chrome66-arcelormittal-awselb-incapsula.har'));
    const site = trace.architecture.find((s) => s.site === 'arcelormittal.com');
    expect(site?.kind).toBe('mixed');
    expect(site?.evidence).toContainEqual({ kind: 'load-balancer-cookie', cookie: 'AWSELB' });
    expect(site?.evidence).toContainEqual({ kind: 'opaque-session-cookie', cookie: 'ASP.NET_SessionId' });
    expect(findingsOf(trace, 'sent-over-http').map((f) => f.cookie.name)).toEqual(['ASP.NET_SessionId']);
  });

  it('mytoys: JSESSIONID names its backend (jvmRoute), the ___utmv*LB cookies are not load-balancer cookies', () => {
    const { trace } = traceFile(realHar('chrome63-mytoys-sso-jsessionid-route.har'));
    const site = trace.architecture.find((s) => s.site === 'mytoys.de');
    expect(site?.evidence).toContainEqual({ kind: 'backend-in-value', cookie: 'JSESSIONID' });
    expect(site?.evidence.some((e) => 'cookie' in e && e.cookie.startsWith('___utmv'))).toBe(false);
  });
});

describe('traceSessions on the real HAR corpus: no false alarms', () => {
  it.each([
    'chrome132-orangehrm-sanitized-export.har',
    'pollyjs120-jsonplaceholder-setcookie-array.har',
    'safari-wordpress-empty-login.har',
    'chrome104-requestgenerator-large-3.7mb.har',
  ])('%s has no session findings', (file) => {
    expect(ruleNames(file)).toEqual([]);
  });

  it('wordpress: the empty login\'s field names are read, and wordpress_test_cookie is seen as set', () => {
    const { imported, trace } = traceFile(realHar('safari-wordpress-empty-login.har'));
    expect(imported.exchanges[0]?.requestBody).toMatchObject({ kind: 'fields', names: expect.arrayContaining(['log', 'pwd']) });
    expect(trace.cookiesSeen.map(({ cookie }) => [cookie.name, cookie.path, cookie.httpOnly, cookie.secure])).toEqual([
      ['wordpress_test_cookie', '/blog/', false, false],
    ]);
  });

  it('requestgenerator: auth=true keeps its HttpOnly attribute though it is later cleared', () => {
    const { trace } = traceFile(realHar('chrome104-requestgenerator-large-3.7mb.har'));
    expect(trace.cookiesSeen.find(({ cookie }) => cookie.name === 'auth')?.cookie).toMatchObject({ httpOnly: true, secure: false });
  });
});
