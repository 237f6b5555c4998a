// leaky.example.test over plain http: the session id rides in the URL (`;jsessionid=` and `?sid=`), in a
// cookie without any flag, and reaches a third-party iframe through its URL and the Referer.
import { authenticate } from '../users.mjs';
import { SessionStore } from '../sessions.mjs';
import { escapeHtml, loginForm, page, parseCookies, randomHexId, readForm, redirect, router, sendHtml, setCookie } from '../http.mjs';

const SID = 'JSESSIONID';
const site = 'leaky.example.test (http)';

/** Splits Tomcat-style `/path;jsessionid=ID` into the path and the id. */
const splitPath = (pathname) => {
  const [path = '/', ...params] = pathname.split(';');
  const param = params.find((p) => p.toLowerCase().startsWith('jsessionid='));
  return { path, urlSid: param ? param.slice('jsessionid='.length) : null };
};

export const createLeaky = ({ urls }) => {
  const sessions = new SessionStore(() => randomHexId());
  /** Like old servlet containers: the id is taken from the URL first, then from the cookie. */
  const current = (req, url, urlSid) => {
    const id = urlSid ?? url.searchParams.get('sid') ?? parseCookies(req.headers.cookie).get(SID);
    return { id, session: sessions.get(id) };
  };
  const withSid = (path, id) => `${path};jsessionid=${id}?sid=${id}`;
  const trackerFrame = (id, pageUrl) =>
    `${urls.tracker}embed?sid=${encodeURIComponent(id)}&page=${encodeURIComponent(pageUrl)}`;

  const routes = router({
    'GET /': (req, res) => sendHtml(res, 200, page({ site, title: 'Leaky Travel', body: `<p class="note bad">Plain http, the session id in every URL and in a cookie without flags, shared with an ad iframe.</p>
<p><a href="/login">Sign in</a></p>` })),
    'GET /login': (req, res) => sendHtml(res, 200, page({ site, title: 'Sign in to Leaky Travel', body: loginForm() })),
    'POST /login': async (req, res) => {
      const form = await readForm(req);
      const user = authenticate(form.get('username'), form.get('password'));
      if (!user) return sendHtml(res, 401, page({ site, title: 'Sign in to Leaky Travel', body: loginForm({ error: 'Wrong username or password.' }) }));
      const id = sessions.create({ user });
      redirect(res, withSid('/account', id), [setCookie(SID, id, { path: '/' })]);
    },
    'GET /account': (req, res, url, urlSid) => {
      const { id, session } = current(req, url, urlSid);
      if (!session) return redirect(res, '/login');
      const here = `${urls.leaky.replace(/\/$/, '')}${withSid('/account', id)}`;
      sendHtml(res, 200, page({ site, title: 'Your trips', body: `<p>Welcome, ${escapeHtml(session.user.name)}.</p>
<p><a href="${escapeHtml(withSid('/account/trips', id))}">Upcoming trips</a></p>
<iframe title="Partner offers" src="${escapeHtml(trackerFrame(id, here))}" width="320" height="90"></iframe>
<form method="post" action="${escapeHtml(withSid('/logout', id))}"><button type="submit">Sign out</button></form>` }),
      { 'Referrer-Policy': 'unsafe-url' });
    },
    'GET /account/trips': (req, res, url, urlSid) => {
      const { id, session } = current(req, url, urlSid);
      if (!session) return redirect(res, '/login');
      sendHtml(res, 200, page({ site, title: 'Upcoming trips', body: `<p>Lisbon, 3 nights.</p><p><a href="${escapeHtml(withSid('/account', id))}">Back</a></p>` }),
        { 'Referrer-Policy': 'unsafe-url' });
    },
    'POST /logout': async (req, res, url, urlSid) => {
      await readForm(req);
      sessions.delete(current(req, url, urlSid).id);
      redirect(res, '/?signed-out', [setCookie(SID, '', { path: '/', maxAge: 0 })]);
    },
  });

  return {
    handle: (req, res, url) => {
      const { path, urlSid } = splitPath(url.pathname);
      const clean = new URL(url);
      clean.pathname = path;
      return routes(req, res, clean, urlSid);
    },
  };
};
