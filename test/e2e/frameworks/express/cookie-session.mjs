// Express 5 with cookie-session's defaults (the session itself in a `session` cookie, base64 JSON, signed
// in `session.sig`), for the e2e frameworks test: `node cookie-session.mjs`.
import cookieSession from 'cookie-session';
import express from 'express';
import { PAGES, listenOnFreePort, validLogin } from './pages.mjs';

const app = express();
// Only the signing keys are given; the name and cookie options are cookie-session's defaults.
app.use(cookieSession({ keys: ['crumbtrail-e2e-only-not-a-secret'] }));
app.use(express.urlencoded({ extended: false }));

app.get('/', (req, res) => {
  // An anonymous visitor already has a session cookie before logging in (a visit counter).
  req.session.visits = (req.session.visits ?? 0) + 1;
  res.send(PAGES.home);
});
app.get('/login', (req, res) => res.send(PAGES.login));
app.post('/login', (req, res) => {
  if (!validLogin(req.body)) return res.sendStatus(403);
  // A new session for the signed-in user: the cookie's content, and so its value, changes.
  req.session = { user: req.body.username };
  res.redirect('/account');
});
app.get('/account', (req, res) => (req.session?.user ? res.send(PAGES.account) : res.redirect('/login')));
app.post('/logout', (req, res) => {
  // cookie-session's way to end a session: it expires both cookies.
  req.session = null;
  res.redirect('/signed-out');
});
app.get('/signed-out', (req, res) => res.send(PAGES.signedOut));

listenOnFreePort(app);
