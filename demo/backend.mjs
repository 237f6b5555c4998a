// One sticky-pool backend, run as its own process: `node demo/backend.mjs <name>`. It listens on
// 127.0.0.1 (ephemeral port, reported to the parent over IPC) and keeps its sessions to itself, so a
// request routed to the other backend would lose the session: the reason the balancer pins clients.
import { createServer } from 'node:http';
import { authenticate } from './users.mjs';
import { SessionStore } from './sessions.mjs';
import { escapeHtml, loginForm, page, parseCookies, randomHexId, readForm, redirect, router, sendHtml, setCookie } from './http.mjs';

const name = process.argv[2] ?? 'b1';
const SID = 'JSESSIONID';
// Tomcat's jvmRoute style: the node name rides on the session id.
const sessions = new SessionStore(() => `${randomHexId()}.${name}`);
const sidCookie = (id, maxAge) => setCookie(SID, id, { path: '/', secure: true, httpOnly: true, sameSite: 'Lax', ...(maxAge === undefined ? {} : { maxAge }) });
const site = `sticky.example.test, backend ${name}`;
let port = 0;

const current = (req) => {
  const id = parseCookies(req.headers.cookie).get(SID);
  return { id, session: sessions.get(id) };
};
const servedBy = () => `<p class="note">Served by backend <strong>${escapeHtml(name)}</strong> (127.0.0.1:${port}).</p>`;

const handle = router({
  'GET /': (req, res) => sendHtml(res, 200, page({ site, title: 'Sticky Mail', body: `${servedBy()}<p class="note bad">A load balancer pins you to one backend with a cookie that encodes the backend's address.</p><p><a href="/login">Sign in</a></p>` })),
  'GET /login': (req, res) => sendHtml(res, 200, page({ site, title: 'Sign in to Sticky Mail', body: servedBy() + loginForm() })),
  'POST /login': async (req, res) => {
    const form = await readForm(req);
    const user = authenticate(form.get('username'), form.get('password'));
    if (!user) return sendHtml(res, 401, page({ site, title: 'Sign in to Sticky Mail', body: servedBy() + loginForm({ error: 'Wrong username or password.' }) }));
    sessions.delete(current(req).id);
    redirect(res, '/inbox', [sidCookie(sessions.create({ user }))]);
  },
  'GET /inbox': (req, res) => {
    const { session } = current(req);
    if (!session) return redirect(res, '/login');
    sendHtml(res, 200, page({ site, title: 'Inbox', body: `${servedBy()}<p>Welcome, ${escapeHtml(session.user.name)}. No new mail.</p>
<p><a href="/inbox/sent">Sent</a></p><form method="post" action="/logout"><button type="submit">Sign out</button></form>` }));
  },
  'GET /inbox/sent': (req, res) => {
    if (!current(req).session) return redirect(res, '/login');
    sendHtml(res, 200, page({ site, title: 'Sent', body: `${servedBy()}<p>Nothing sent.</p><p><a href="/inbox">Back</a></p>` }));
  },
  'POST /logout': async (req, res) => {
    await readForm(req);
    sessions.delete(current(req).id);
    redirect(res, '/?signed-out', [sidCookie('', 0)]);
  },
});

const server = createServer((req, res) => {
  Promise.resolve(handle(req, res, new URL(req.url ?? '/', 'http://backend'))).catch((error) => {
    if (!res.headersSent) sendHtml(res, 500, page({ title: 'Error', body: `<pre>${escapeHtml(error.message)}</pre>` }));
  });
});
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  process.send?.({ name, port });
});
// The demo owns this process: when it goes, so do we.
process.on('disconnect', () => process.exit(0));
