// One of the two backends behind HAProxy in the e2e frameworks test: `node backend.mjs <name>`. It keeps
// its own sessions in memory under a JSESSIONID cookie (session cookie, HttpOnly), which a balancer must
// keep each client on. Listens on 127.0.0.1 (a free port) and says where on stdout.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

const NAME = process.argv[2] ?? 'backend';
const sessions = new Map();
const html = (title, body) => `<!doctype html><title>${title} (${NAME})</title>${body}`;

const sessionIdOf = (req) => /(?:^|;\s*)JSESSIONID=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
const newSession = (res, data) => {
  const id = randomBytes(16).toString('hex').toUpperCase();
  sessions.set(id, data);
  res.setHeader('Set-Cookie', `JSESSIONID=${id}; Path=/; HttpOnly`);
};

const readForm = async (req) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
};

const routes = {
  'GET /': (req, res) => {
    // An anonymous visitor already has a session before logging in.
    if (!sessions.has(sessionIdOf(req))) newSession(res, {});
    res.end(html('Home', '<p><a href="/login">Sign in</a></p>'));
  },
  'GET /login': (req, res) => res.end(html('Sign in', '<form method="post" action="/login"><input name="username">'
    + ' <input name="password" type="password"> <button type="submit">Sign in</button></form>')),
  'POST /login': async (req, res) => {
    const form = await readForm(req);
    if (form.get('username') !== 'alice' || form.get('password') !== 'wonderland') return res.writeHead(403).end();
    // A new session ID at login, the anonymous one dropped.
    sessions.delete(sessionIdOf(req));
    newSession(res, { user: 'alice' });
    res.writeHead(302, { Location: '/account' }).end();
  },
  'GET /account': (req, res) => (sessions.get(sessionIdOf(req))?.user
    ? res.end(html('Account', '<p>Signed in.</p><form method="post" action="/logout"><button type="submit">Sign out</button></form>'))
    : res.writeHead(302, { Location: '/login' }).end()),
  'POST /logout': (req, res) => {
    sessions.delete(sessionIdOf(req));
    res.setHeader('Set-Cookie', 'JSESSIONID=; Path=/; Max-Age=0; HttpOnly');
    res.writeHead(302, { Location: '/signed-out' }).end();
  },
  'GET /signed-out': (req, res) => res.end(html('Signed out', '<p>Signed out.</p>')),
};

const server = createServer((req, res) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('X-Backend', NAME);
  const route = routes[`${req.method} ${new URL(req.url ?? '/', 'http://backend').pathname}`];
  if (!route) return res.writeHead(404).end();
  Promise.resolve(route(req, res)).catch(() => res.writeHead(500).end());
});
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}`));
