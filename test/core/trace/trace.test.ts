import { describe, expect, it } from 'vitest';
import { fixture } from '../har/load-har.ts';
import { findingsOf, sessionNamed, timeline, traceFile } from './trace-har.ts';

describe('traceSessions: login', () => {
  it('follows a session rotated at login: issued, sent, rotated, and no fixation finding', () => {
    const { trace } = traceFile(fixture('login-rotated.har'));
    const session = sessionNamed(trace, 'SESSIONID');
    expect(timeline(session)).toEqual(['issued@0', 'login@1', 'sent@1', 'rotated@1', 'sent@2']);
    expect(session.values).toBe(2);
    expect(session.cookie).toEqual({ name: 'SESSIONID', domain: 'app.example.com', path: '/' });
    expect(trace.findings).toEqual([]);
  });

  it('numbers values instead of keeping them', () => {
    const { trace } = traceFile(fixture('login-rotated.har'));
    const events = sessionNamed(trace, 'SESSIONID').events;
    expect(events.find((event) => event.type === 'rotated')).toMatchObject({ value: 2, previous: 1 });
    expect(JSON.stringify(trace.sessions)).not.toMatch(/[0-9a-f]{32}/);
  });

  it('reports a session kept across a login as session-not-rotated (high) at the login exchange', () => {
    const { trace } = traceFile(fixture('login-not-rotated.har'));
    expect(timeline(sessionNamed(trace, 'SESSIONID'))).toEqual(['issued@0', 'login@1', 'sent@1']);
    expect(trace.findings).toEqual([
      {
        rule: 'session-not-rotated',
        severity: 'high',
        cookie: { name: 'SESSIONID', domain: 'app.example.com', path: '/' },
        args: ['SESSIONID', 'app.example.com'],
        exchanges: [1],
      },
    ]);
  });

  it('collapses a run of requests carrying one value into one sent event with its extent', () => {
    const { trace } = traceFile(fixture('login-not-rotated.har'));
    expect(sessionNamed(trace, 'SESSIONID').events.find((event) => event.type === 'sent')).toEqual({
      type: 'sent',
      exchange: 1,
      value: 1,
      lastExchange: 2,
      count: 2,
    });
  });

  it('marks the login with its evidence', () => {
    const { trace } = traceFile(fixture('login-rotated.har'));
    expect(sessionNamed(trace, 'SESSIONID').events.find((event) => event.type === 'login')).toEqual({
      type: 'login',
      exchange: 1,
      evidence: ['password-field', 'login-path', 'credentials-then-new-session'],
    });
  });
});

describe('traceSessions: logout', () => {
  it('sees a session cleared by Max-Age=0 at logout and finds nothing', () => {
    const { trace } = traceFile(fixture('logout-cleared.har'));
    const session = sessionNamed(trace, 'SESSIONID');
    expect(timeline(session)).toEqual(['sent@0', 'logout@1', 'cleared@1']);
    expect(session.events.find((event) => event.type === 'cleared')).toMatchObject({ reason: 'expired', value: 1 });
    expect(trace.findings).toEqual([]);
  });

  it('reports a session that survives the logout as not-cleared-on-logout (medium)', () => {
    const { trace } = traceFile(fixture('logout-not-cleared.har'));
    expect(findingsOf(trace, 'not-cleared-on-logout')).toEqual([
      expect.objectContaining({ severity: 'medium', cookie: expect.objectContaining({ name: 'SESSIONID' }), exchanges: [1] }),
    ]);
    expect(trace.findings).toHaveLength(1);
  });
});

describe('traceSessions: JWT', () => {
  const { trace } = traceFile(fixture('jwt.har'));

  it('follows a JWT in a cookie and a bearer JWT in Authorization', () => {
    const cookie = sessionNamed(trace, 'access_token');
    expect(cookie).toMatchObject({ carrier: 'cookie', role: 'auth-token', jwt: true });
    expect(timeline(cookie)).toEqual(['login@0', 'issued@0', 'sent@2']);
    const bearer = sessionNamed(trace, 'Authorization');
    expect(bearer).toMatchObject({ carrier: 'authorization-header', role: 'auth-token', jwt: true, site: 'example.com' });
    expect(bearer.cookie).toEqual({ name: 'Authorization', domain: 'api.example.com', path: '/' });
  });

  it('calls the site stateless, with both tokens as evidence', () => {
    expect(trace.architecture).toEqual([
      {
        site: 'example.com',
        kind: 'stateless-token',
        evidence: [{ kind: 'jwt-cookie', cookie: 'access_token' }, { kind: 'jwt-bearer-token' }],
      },
    ]);
  });

  it('keeps bearer values only in secretValues, for masking', () => {
    expect(trace.secretValues.size).toBe(2);
    // cookiesSeen and exchangeCookies hold Cookie models, values included, for the audit and the panel; nothing else holds a value.
    expect(JSON.stringify({ ...trace, secretValues: [], cookiesSeen: [], exchangeCookies: [] })).not.toContain('eyJ');
  });
});

describe('traceSessions: load balancer', () => {
  it('sees AWSALB and BIG-IP affinity, two BIG-IP backends, and a server session: mixed', () => {
    const { trace } = traceFile(fixture('load-balancer.har'));
    expect(trace.architecture).toEqual([
      {
        site: 'example.net',
        kind: 'mixed',
        evidence: [
          { kind: 'load-balancer-cookie', cookie: 'AWSALB' },
          { kind: 'load-balancer-cookie', cookie: 'BIGipServerpool_web' },
          { kind: 'several-backends', cookie: 'BIGipServerpool_web', backends: 2 },
          { kind: 'opaque-session-cookie', cookie: 'JSESSIONID' },
        ],
      },
    ]);
    expect(trace.sessions.map((session) => session.cookie.name)).toEqual(['JSESSIONID']);
    expect(sessionNamed(trace, 'JSESSIONID').architecture).toBe('mixed');
  });
});

describe('traceSessions: leaks', () => {
  const { trace } = traceFile(fixture('leaks.har'));
  const session = sessionNamed(trace, 'sessionid', 'shop.example.org');
  const leaks = session.events.flatMap((event) => (event.type === 'leaked' ? [`${event.channel}@${event.exchange}:${event.host}`] : []));

  it('records each channel: URL, Referer to another site, third-party request, plain http', () => {
    expect(leaks).toEqual([
      'url@2:shop.example.org',
      'referer@3:pixel.tracker.example',
      'third-party@4:collect.analytics.example',
      'url@5:widgets.partner.example',
      'third-party@5:widgets.partner.example',
      'http@6:shop.example.org',
    ]);
  });

  it('turns them into session-id-in-url, leaked-to-third-party and sent-over-http findings', () => {
    expect(findingsOf(trace, 'session-id-in-url').map((f) => [f.cookie.name, f.exchanges])).toEqual([
      ['sessionid', [2, 5]],
      ['jsessionid', [1]],
    ]);
    expect(findingsOf(trace, 'leaked-to-third-party')).toEqual([
      expect.objectContaining({ severity: 'high', args: ['sessionid', 'pixel.tracker.example'], exchanges: [3, 4, 5] }),
    ]);
    expect(findingsOf(trace, 'sent-over-http')).toEqual([expect.objectContaining({ severity: 'high', exchanges: [6] })]);
  });

  it('finds ;jsessionid= URL rewriting by its name, with no cookie of that name', () => {
    expect(timeline(sessionNamed(trace, 'jsessionid'))).toEqual(['leaked@1']);
  });

  it('treats http://localhost as secure transport, as browsers do', () => {
    const local = sessionNamed(trace, 'sessionid', 'localhost');
    expect(timeline(local)).toEqual(['sent@7']);
    expect(findingsOf(trace, 'sent-over-http').every((f) => !f.exchanges.includes(7))).toBe(true);
  });
});

describe('traceSessions: cookie shadowing', () => {
  it('reports one name twice in one Cookie header, medium for a session cookie and low otherwise', () => {
    const { trace } = traceFile(fixture('shadowing.har'));
    expect(findingsOf(trace, 'cookie-shadowing').map((f) => [f.cookie.name, f.severity, f.exchanges])).toEqual([
      ['SESSIONID', 'medium', [0, 1]],
      ['theme', 'low', [0]],
    ]);
    // The first of the two is the one a server reads: the second never shows up as a rotation.
    expect(timeline(sessionNamed(trace, 'SESSIONID'))).toEqual(['sent@0']);
  });
});

describe('traceSessions: cookiesSeen', () => {
  it('is the observed cookies of the recording', () => {
    const { trace } = traceFile(fixture('quirks.har'));
    expect(trace.cookiesSeen.map(({ cookie }) => cookie.name).sort()).toEqual(['SESSIONID', 'a', 'b', 'lang', 'remember', 'theme']);
  });

  it('is empty, with no sessions, for a sanitized export', () => {
    const { trace } = traceFile(fixture('sanitized.har'));
    expect(trace).toMatchObject({ sessions: [], findings: [], architecture: [], cookiesSeen: [] });
  });
});
