// jwt.example.test: a stateless HS256 JWT (with the user's email) in a long-lived cookie readable by script.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { authenticate } from '../users.mjs';
import { escapeHtml, loginForm, page, parseCookies, readForm, redirect, router, sendHtml, setCookie } from '../http.mjs';

const TOKEN = 'auth_token';
const LIFETIME_SECONDS = 60 * 60 * 24 * 90;
const site = 'jwt.example.test';

const b64url = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

export const signJwt = (claims, secret) => {
  const head = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(claims)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
};

export const verifyJwt = (token, secret, now = Date.now()) => {
  const [header, payload, signature] = String(token ?? '').split('.');
  if (!header || !payload || !signature) return null;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  return claims.exp * 1000 > now ? claims : null;
};

export const createJwt = () => {
  const secret = randomBytes(32);
  const claimsOf = (req) => verifyJwt(parseCookies(req.headers.cookie).get(TOKEN), secret);
  const tokenCookie = (value, maxAge) => setCookie(TOKEN, value, { path: '/', maxAge, secure: true, sameSite: 'Lax' });

  return {
    handle: router({
      'GET /': (req, res) => sendHtml(res, 200, page({ site, title: 'JWT Shop', body: `<p class="note bad">A signed JWT with your email in a 90-day cookie without HttpOnly.</p>
<p>${claimsOf(req) ? '<a href="/account">Account</a>' : '<a href="/login">Sign in</a>'}</p>` })),
      'GET /login': (req, res) => sendHtml(res, 200, page({ site, title: 'Sign in to JWT Shop', body: loginForm() })),
      'POST /login': async (req, res) => {
        const form = await readForm(req);
        const user = authenticate(form.get('username'), form.get('password'));
        if (!user) return sendHtml(res, 401, page({ site, title: 'Sign in to JWT Shop', body: loginForm({ error: 'Wrong username or password.' }) }));
        const iat = Math.floor(Date.now() / 1000);
        const token = signJwt({ sub: user.username, name: user.name, email: user.email, role: 'customer', iat, exp: iat + LIFETIME_SECONDS }, secret);
        redirect(res, '/account', [tokenCookie(token, LIFETIME_SECONDS)]);
      },
      'GET /account': (req, res) => {
        const claims = claimsOf(req);
        if (!claims) return redirect(res, '/login');
        sendHtml(res, 200, page({ site, title: 'Your orders', body: `<p>Welcome, ${escapeHtml(claims.name)} (${escapeHtml(claims.email)}).</p>
<p><a href="/account/cart">Cart</a></p><form method="post" action="/logout"><button type="submit">Sign out</button></form>` }));
      },
      'GET /account/cart': (req, res) => {
        if (!claimsOf(req)) return redirect(res, '/login');
        sendHtml(res, 200, page({ site, title: 'Cart', body: '<p>Your cart is empty.</p><p><a href="/account">Back</a></p>' }));
      },
      // The cookie goes, the token itself stays valid until it expires: nothing server-side to revoke.
      'POST /logout': async (req, res) => {
        await readForm(req);
        redirect(res, '/?signed-out', [tokenCookie('', 0)]);
      },
    }),
  };
};
