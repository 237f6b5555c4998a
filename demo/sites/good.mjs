// good.example.test: a __Host- session id, rotated at login, cleared at logout; a theme preference cookie.
import { authenticate } from '../users.mjs';
import { SessionStore } from '../sessions.mjs';
import { escapeHtml, loginForm, page, parseCookies, randomId, readForm, redirect, router, sendHtml, setCookie } from '../http.mjs';

const SID = '__Host-sid';
const SID_ATTRS = { path: '/', secure: true, httpOnly: true, sameSite: 'Lax' };
const site = 'good.example.test';

export const createGood = () => {
  const sessions = new SessionStore();
  const current = (req) => {
    const id = parseCookies(req.headers.cookie).get(SID);
    return { id, session: sessions.get(id) };
  };
  const themeCookie = (theme) => setCookie('theme', theme, { path: '/', maxAge: 60 * 60 * 24 * 180, secure: true, sameSite: 'Lax' });

  const routes = {
    'GET /': (req, res) => {
      const { session } = current(req);
      const cookies = parseCookies(req.headers.cookie).has('theme') ? [] : [themeCookie('light')];
      sendHtml(res, 200, page({ site, title: 'Good Bank', body: session?.user
        ? `<p>Signed in as ${escapeHtml(session.user.name)}. <a href="/account">Account</a> · <a href="/login">Sign in as someone else</a></p>`
        : `<p class="note good">Session id in a <code>__Host-</code> cookie (Secure, HttpOnly, SameSite=Lax), a new one at sign-in, deleted at sign-out.</p><p><a href="/login">Sign in</a></p>` }),
      cookies.length ? { 'Set-Cookie': cookies } : {});
    },
    // A pre-login session carries the CSRF token of the login form; it is replaced at login.
    // Signing in again ends the current session first.
    'GET /login': (req, res) => {
      sessions.delete(current(req).id);
      const id = sessions.create({ csrf: randomId() });
      sendHtml(res, 200, page({ site, title: 'Sign in to Good Bank', body: loginForm({ hidden: { csrf: sessions.get(id).csrf } }) }),
        { 'Set-Cookie': [setCookie(SID, id, SID_ATTRS)] });
    },
    'POST /login': async (req, res) => {
      const form = await readForm(req);
      const { id, session } = current(req);
      const user = authenticate(form.get('username'), form.get('password'));
      if (!session || session.csrf !== form.get('csrf') || !user) {
        sendHtml(res, 401, page({ site, title: 'Sign in to Good Bank', body: loginForm({ error: 'Wrong username or password.', hidden: { csrf: session?.csrf ?? '' } }) }));
        return;
      }
      sessions.delete(id);
      const fresh = sessions.create({ user, csrf: randomId() });
      redirect(res, '/account', [setCookie(SID, fresh, SID_ATTRS)]);
    },
    'GET /account': (req, res) => {
      const { session } = current(req);
      if (!session?.user) return redirect(res, '/login');
      sendHtml(res, 200, page({ site, title: 'Your account', body: `<p>Welcome, ${escapeHtml(session.user.name)}.</p>
<ul><li><a href="/account/statements">Statements</a></li><li><a href="/theme?set=dark">Dark theme</a></li></ul>
<form method="post" action="/logout"><input type="hidden" name="csrf" value="${escapeHtml(session.csrf)}"><button type="submit">Sign out</button></form>` }));
    },
    'GET /account/statements': (req, res) => {
      const { session } = current(req);
      if (!session?.user) return redirect(res, '/login');
      sendHtml(res, 200, page({ site, title: 'Statements', body: '<p>No statements this month.</p><p><a href="/account">Back</a></p>' }));
    },
    'GET /theme': (req, res, url) => redirect(res, '/account', [themeCookie(url.searchParams.get('set') === 'dark' ? 'dark' : 'light')]),
    'POST /logout': async (req, res) => {
      const form = await readForm(req);
      const { id, session } = current(req);
      if (session && session.csrf !== form.get('csrf')) return sendHtml(res, 403, page({ site, title: 'Forbidden', body: '' }));
      sessions.delete(id);
      redirect(res, '/?signed-out', [setCookie(SID, '', { ...SID_ATTRS, maxAge: 0 })]);
    },
    // Plain pages for tests that count requests (a page per number).
    'GET /browse': (req, res, url) => sendHtml(res, 200, page({ site, title: `Page ${escapeHtml(url.searchParams.get('n') ?? '')}`, body: '<p>Browsing.</p>' })),
  };

  return { handle: router(routes) };
};
