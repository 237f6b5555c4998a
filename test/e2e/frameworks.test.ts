// Real frameworks' default session machinery, recorded in real Chromium with the built extension: each
// framework's own server (test/e2e/frameworks/) on 127.0.0.1, a real login and logout through its forms,
// then the extension's report of the tab. Every expectation below was first seen in a real request to the
// same server (curl, Set-Cookie lines quoted with values trimmed) and in the framework's defaults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/report/types.ts';
import { ensureBuilt } from './support/build.ts';
import { launchChromium, type ChromiumBrowser } from './support/chromium.ts';
import { cookieNamed, eventsFor, expectConsistentSummary, rulesFor } from './support/expectations.ts';
import { clearingAtLogout, findingsFor, gradeRank, issuedBeforeLogin, rotationAtLogin, sessionOf } from './frameworks/checks.ts';
import { startSites, type Framework, type Sites } from './frameworks/sites.ts';
import { walkLoginAndLogout, type Walk } from './frameworks/walk.ts';

const DAY = 24 * 60 * 60;

let browser: ChromiumBrowser;
let sites: Sites;
const walks = new Map<Framework, Promise<Walk>>();

/** One login and logout per framework, shared by the tests that read it. */
const walkOf = (framework: Framework): Promise<Walk> => {
  const known = walks.get(framework);
  if (known) return known;
  const walk = walkLoginAndLogout(browser, sites.get(framework));
  walks.set(framework, walk);
  return walk;
};

/** What holds for every framework's walk: a consistent summary, and a logout that never improves the grade. */
const expectSoundWalk = (walk: Walk, accountPath: RegExp): void => {
  // The login really succeeded: the account page answered instead of bouncing back to the login form.
  expect(new URL(walk.signedInUrl).pathname).toMatch(accountPath);
  expect(walk.signedIn.source.page).toBe(walk.signedInUrl);
  expect(new URL(walk.signedOutUrl).pathname).toMatch(/^\/signed-out\/?$/);
  expectConsistentSummary(walk.signedIn);
  expectConsistentSummary(walk.signedOut);
  // The cookies the logout deleted are still judged: the site is no stronger for having logged out.
  expect(gradeRank(walk.signedOut)).toBeGreaterThanOrEqual(gradeRank(walk.signedIn));
};

/** A session cookie issued before the login, rotated by the login's own response and deleted by the logout's. */
const expectRotatedAndDeleted = (signedOut: Report, cookie: string): void => {
  expect(issuedBeforeLogin(signedOut, cookie)).toBe(true);
  expect(rotationAtLogin(signedOut, cookie)).toEqual([true]);
  expect(clearingAtLogout(signedOut, cookie)).toEqual([true]);
  expect(cookieNamed(signedOut, cookie).state).toEqual({ kind: 'cleared', entry: expect.any(Number), cause: 'deleted' });
  expect(rulesFor(signedOut, cookie)).not.toContain('session-not-rotated');
  expect(rulesFor(signedOut, cookie)).not.toContain('not-cleared-on-logout');
};

describe("real frameworks' default session machinery in Chromium", () => {
  beforeAll(async () => {
    ensureBuilt();
    sites = await startSites();
    browser = await launchChromium();
  });
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await sites?.stopAll();
    }
  });

  it('Django 3.2: sessionid persistent (2 weeks), HttpOnly, Lax, cycled at login, deleted at logout; csrftoken readable by scripts', async () => {
    // Verified with curl against frameworks/django (Django's defaults, db sessions in sqlite):
    //   GET /          Set-Cookie: sessionid=…; expires=…; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax
    //   GET /login/    Set-Cookie: csrftoken=…; expires=…; Max-Age=31449600; Path=/; SameSite=Lax
    //   POST /login/   Set-Cookie: csrftoken=<new>…  Set-Cookie: sessionid=<new>… (rotate_token, cycle_key)
    //   POST /logout/  Set-Cookie: sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/; SameSite=Lax
    const walk = await walkOf('django');
    expectSoundWalk(walk, /^\/account\/$/);
    const { signedIn, signedOut } = walk;
    const sessionid = cookieNamed(signedIn, 'sessionid');
    expect(sessionid).toMatchObject({ role: 'session-id', session: false, httpOnly: true, sameSite: 'lax', hostOnly: true, secure: false });
    expect(sessionid.lifetimeSeconds).toBeGreaterThan(13 * DAY);
    expect(sessionid.lifetimeSeconds).toBeLessThanOrEqual(14 * DAY);
    // The CSRF token must stay readable by the page's scripts (Django's AJAX recipe reads it): no HttpOnly, no blame.
    const csrftoken = cookieNamed(signedIn, 'csrftoken');
    expect(csrftoken).toMatchObject({ role: 'csrf', session: false, httpOnly: false, sameSite: 'lax' });
    expect(csrftoken.lifetimeSeconds).toBeGreaterThan(363 * DAY);
    expect(csrftoken.lifetimeSeconds).toBeLessThanOrEqual(364 * DAY);
    expect(rulesFor(signedOut, 'csrftoken')).not.toContain('missing-httponly');
    expect(rulesFor(signedOut, 'sessionid')).not.toContain('missing-httponly');
    expectRotatedAndDeleted(signedOut, 'sessionid');
    // logout() flushes the session only: the CSRF cookie stays.
    expect(cookieNamed(signedOut, 'csrftoken').state).toEqual({ kind: 'held' });
    expect(sessionOf(signedOut, 'sessionid').architecture).toBe('server-session');
  });

  it('PHP 8.2 built-in server: PHPSESSID a session cookie readable by scripts, regenerated at login, expired at logout', async () => {
    // `php -i`: session.cookie_lifetime 0, cookie_httponly Off, cookie_samesite (none), cookie_secure Off.
    // Verified with curl against frameworks/php/router.php:
    //   GET /          Set-Cookie: PHPSESSID=…; path=/
    //   POST /login    Set-Cookie: PHPSESSID=<new>…; path=/   (session_regenerate_id(true): the old file deleted)
    //   POST /logout   Set-Cookie: PHPSESSID=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0; path=/
    const walk = await walkOf('php');
    expectSoundWalk(walk, /^\/account$/);
    const { signedIn, signedOut } = walk;
    expect(cookieNamed(signedIn, 'PHPSESSID')).toMatchObject({
      role: 'session-id', session: true, expires: null, lifetimeSeconds: null, httpOnly: false, sameSite: 'unspecified',
    });
    // php.ini's default leaves the session ID readable by any script on the page: that is a finding.
    expect(findingsFor(signedOut, 'PHPSESSID', 'high').map((f) => f.rule)).toContain('missing-httponly');
    expectRotatedAndDeleted(signedOut, 'PHPSESSID');
    expect(sessionOf(signedOut, 'PHPSESSID').architecture).toBe('server-session');
  });

  it('Express 5 + express-session: connect.sid a HttpOnly session cookie, regenerated at login, cleared at logout', async () => {
    // Verified with curl against frameworks/express/express-session.mjs (cookie options all defaults):
    //   GET /          Set-Cookie: connect.sid=s%3A…; Path=/; HttpOnly
    //   POST /login    Set-Cookie: connect.sid=s%3A<new>…; Path=/; HttpOnly   (req.session.regenerate)
    //   POST /logout   Set-Cookie: connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT   (res.clearCookie)
    // and replaying the signed-in cookie after the logout got 302 to /login: destroy() ended it on the server.
    const walk = await walkOf('express-session');
    expectSoundWalk(walk, /^\/account$/);
    const { signedIn, signedOut } = walk;
    expect(cookieNamed(signedIn, 'connect.sid')).toMatchObject({
      role: 'session-id', session: true, lifetimeSeconds: null, httpOnly: true, sameSite: 'unspecified', clientSession: null,
    });
    expect(rulesFor(signedOut, 'connect.sid')).not.toContain('missing-httponly');
    expectRotatedAndDeleted(signedOut, 'connect.sid');
    expect(sessionOf(signedOut, 'connect.sid').architecture).toBe('server-session');
  });

  it('Express 5 + cookie-session: the session in a base64 JSON cookie and its .sig, replaced at login, both expired at logout', async () => {
    // Verified with curl against frameworks/express/cookie-session.mjs (only `keys` given):
    //   GET /          Set-Cookie: session=<base64 {"visits":1}>; path=/; httponly   Set-Cookie: session.sig=…; path=/; httponly
    //   POST /login    Set-Cookie: session=<base64 {"user":"alice"}>; path=/; httponly   Set-Cookie: session.sig=<new>…
    //   POST /logout   Set-Cookie: session=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT; httponly   (and session.sig alike)
    // and replaying the signed-in pair after the logout still got the account page (200): nothing to revoke.
    const walk = await walkOf('cookie-session');
    expectSoundWalk(walk, /^\/account$/);
    const { signedIn, signedOut } = walk;
    expect(cookieNamed(signedIn, 'session')).toMatchObject({
      session: true, httpOnly: true, clientSession: { format: 'base64-json', fields: ['user'] },
    });
    expect(cookieNamed(signedIn, 'session.sig')).toMatchObject({ session: true, httpOnly: true });
    expect(rulesFor(signedOut, 'session')).toContain('client-side-session');
    for (const cookie of ['session', 'session.sig']) {
      expect(rulesFor(signedOut, cookie)).not.toContain('missing-httponly');
      expect(cookieNamed(signedOut, cookie).state).toMatchObject({ kind: 'cleared', cause: 'deleted' });
    }
    expectRotatedAndDeleted(signedOut, 'session');
  });

  // session.sig is cookie-session's keygrip signature of its sibling: no session of its own, so it gives no
  // architecture evidence; the session itself is in the cookie.
  it('Express 5 + cookie-session: the architecture is stateless-token, and session.sig is no session of its own', async () => {
    const { signedOut } = await walkOf('cookie-session');
    expect(sessionOf(signedOut, 'session').architecture).toBe('stateless-token');
    expect(signedOut.sessions.map((session) => session.cookie.name)).not.toContain('session.sig');
  });

  it("Flask 2.2: the default signed session cookie (itsdangerous), HttpOnly, a session cookie, deleted when emptied", async () => {
    // Verified with curl against frameworks/flask/app.py (no SESSION_COOKIE_* changed):
    //   GET /          Set-Cookie: session=<base64url {"visits":1}>.<timestamp>.<signature>; HttpOnly; Path=/
    //   POST /login    Set-Cookie: session=<base64url {"user":"alice"}>.…; HttpOnly; Path=/
    //   POST /logout   Set-Cookie: session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=/
    // and replaying the signed-in cookie after the logout still got the account page (200): nothing to revoke.
    const walk = await walkOf('flask');
    expectSoundWalk(walk, /^\/account$/);
    const { signedIn, signedOut } = walk;
    expect(cookieNamed(signedIn, 'session')).toMatchObject({
      session: true, lifetimeSeconds: null, httpOnly: true, sameSite: 'unspecified', clientSession: { format: 'itsdangerous', fields: ['user'] },
    });
    expect(rulesFor(signedOut, 'session')).toContain('client-side-session');
    expect(rulesFor(signedOut, 'session')).not.toContain('missing-httponly');
    expectRotatedAndDeleted(signedOut, 'session');
    expect(sessionOf(signedOut, 'session').architecture).toBe('stateless-token');
  });

  it('HAProxy 2.6: SERVERID inserted for affinity (load balancer, kept at logout) beside the backends\' own JSESSIONID', async () => {
    // Verified with curl against frameworks/haproxy (cookie SERVERID insert indirect nocache, two backends):
    //   GET / (new client)  Set-Cookie: JSESSIONID=…; Path=/; HttpOnly   Set-Cookie: SERVERID=app2; path=/
    //   POST /login         Set-Cookie: JSESSIONID=<new>…; Path=/; HttpOnly   (no SERVERID: the client has a valid one)
    //   POST /logout        Set-Cookie: JSESSIONID=; Path=/; Max-Age=0; HttpOnly   (HAProxy never expires SERVERID)
    // and, with an echo backend, the backend never saw SERVERID in its Cookie header (indirect).
    const walk = await walkOf('haproxy');
    // Round robin would send the account page to the other backend, which does not know the session and
    // redirects to /login: landing on /account shows SERVERID kept the client on one backend.
    expectSoundWalk(walk, /^\/account$/);
    const { signedIn, signedOut } = walk;
    expect(cookieNamed(signedIn, 'SERVERID')).toMatchObject({ role: 'load-balancer', session: true, httpOnly: false });
    expect(rulesFor(signedOut, 'SERVERID')).not.toContain('missing-httponly');
    // Its value is the server's `cookie app1|app2` label from haproxy.cfg, here the server's own name.
    expect(rulesFor(signedOut, 'SERVERID')).toContain('lb-cookie-reveals-backend');
    expect(cookieNamed(signedOut, 'SERVERID').state).toEqual({ kind: 'held' });
    expect(cookieNamed(signedIn, 'JSESSIONID')).toMatchObject({ role: 'session-id', session: true, httpOnly: true });
    expectRotatedAndDeleted(signedOut, 'JSESSIONID');
    // A server-side session (JSESSIONID) pinned by a balancer (SERVERID): both styles, which the report calls mixed.
    expect(sessionOf(signedOut, 'JSESSIONID').architecture).toBe('mixed');
    expect(eventsFor(signedOut, 'SERVERID')).toEqual([]);
  });
});
