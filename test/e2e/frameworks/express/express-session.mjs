// Express 5 with express-session's defaults (connect.sid, MemoryStore, default cookie options), for the
// e2e frameworks test: `node express-session.mjs`.
import express from 'express';
import session from 'express-session';
import { PAGES, listenOnFreePort, validLogin } from './pages.mjs';

const app = express();
// Only the options express-session requires a choice for; the cookie options are all its defaults.
app.use(session({ secret: 'crumbtrail-e2e-only-not-a-secret', resave: false, saveUninitialized: false }));
app.use(express.urlencoded({ extended: false }));

app.get('/', (req, res) => {
  // An anonymous visitor already has a session before logging in.
  req.session.visits = (req.session.visits ?? 0) + 1;
  res.send(PAGES.home);
});
app.get('/login', (req, res) => res.send(PAGES.login));
app.post('/login', (req, res, next) => {
  if (!validLogin(req.body)) return res.sendStatus(403);
  // A new session ID at login, the old session dropped from the store.
  req.session.regenerate((error) => {
    if (error) return next(error);
    req.session.user = req.body.username;
    res.redirect('/account');
  });
});
app.get('/account', (req, res) => (req.session.user ? res.send(PAGES.account) : res.redirect('/login')));
app.post('/logout', (req, res, next) => {
  req.session.destroy((error) => {
    if (error) return next(error);
    res.clearCookie('connect.sid');
    res.redirect('/signed-out');
  });
});
app.get('/signed-out', (req, res) => res.send(PAGES.signedOut));

listenOnFreePort(app);
