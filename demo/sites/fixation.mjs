// fixation.example.test: a session id issued before login and kept after it (no HttpOnly), so whoever
// planted or read it before login owns the logged-in session. It even adopts an id given in the URL.
import { authenticate } from '../users.mjs';
import { SessionStore } from '../sessions.mjs';
import { escapeHtml, loginForm, page, parseCookies, readForm, redirect, router, sendHtml, setCookie } from '../http.mjs';

const SID = 'PHPSESSID';
const site = 'fixation.example.test';
const sidCookie = (id) => setCookie(SID, id, { path: '/', secure: true, sameSite: 'Lax' });

export const createFixation = () => {
  const sessions = new SessionStore();
  /** The session for this request, creating one on first contact (or adopting `?PHPSESSID=`). */
  const sessionOf = (req, url) => {
    const planted = url.searchParams.get(SID);
    if (planted && /^[A-Za-z0-9_-]{8,64}$/.test(planted)) return { id: planted, session: sessions.adopt(planted), issued: true };
    const id = parseCookies(req.headers.cookie).get(SID);
    const session = sessions.get(id);
    if (session) return { id, session, issued: false };
    const fresh = sessions.create();
    return { id: fresh, session: sessions.get(fresh), issued: true };
  };
  const issue = (state) => (state.issued ? { 'Set-Cookie': [sidCookie(state.id)] } : {});

  return {
    handle: router({
      'GET /': (req, res, url) => {
        const state = sessionOf(req, url);
        sendHtml(res, 200, page({ site, title: 'Fixation Forum', body: `<p class="note bad">The session id is set on the first visit and kept after sign-in; no HttpOnly.</p>
<p>${state.session.user ? `Signed in as ${escapeHtml(state.session.user.name)}. <a href="/account">Account</a>` : '<a href="/login">Sign in</a>'}</p>` }), issue(state));
      },
      'GET /login': (req, res, url) => {
        const state = sessionOf(req, url);
        sendHtml(res, 200, page({ site, title: 'Sign in to Fixation Forum', body: loginForm() }), issue(state));
      },
      'POST /login': async (req, res, url) => {
        const form = await readForm(req);
        const state = sessionOf(req, url);
        const user = authenticate(form.get('username'), form.get('password'));
        if (!user) return sendHtml(res, 401, page({ site, title: 'Sign in to Fixation Forum', body: loginForm({ error: 'Wrong username or password.' }) }), issue(state));
        state.session.user = user; // the flaw: same id, now authenticated
        redirect(res, '/account', state.issued ? [sidCookie(state.id)] : []);
      },
      'GET /account': (req, res, url) => {
        const state = sessionOf(req, url);
        if (!state.session.user) return redirect(res, '/login', state.issued ? [sidCookie(state.id)] : []);
        sendHtml(res, 200, page({ site, title: 'Your profile', body: `<p>Welcome, ${escapeHtml(state.session.user.name)}.</p>
<p><a href="/account/messages">Messages</a></p><form method="post" action="/logout"><button type="submit">Sign out</button></form>` }));
      },
      'GET /account/messages': (req, res, url) => {
        const state = sessionOf(req, url);
        if (!state.session.user) return redirect(res, '/login');
        sendHtml(res, 200, page({ site, title: 'Messages', body: '<p>No new messages.</p><p><a href="/account">Back</a></p>' }));
      },
      // Signs the user out but keeps the same session id in the browser.
      'POST /logout': async (req, res, url) => {
        await readForm(req);
        const state = sessionOf(req, url);
        delete state.session.user;
        redirect(res, '/?signed-out');
      },
    }),
  };
};
