// refused.example.test: a shop whose Set-Cookie lines browsers refuse, so its preference, consent and cart
// cookies silently never exist; and an admin cookie scoped to a path the pages never visit.
import { page, router, sendHtml, setCookie } from '../http.mjs';

const site = 'refused.example.test';

/** Each refused for a reason browsers give: SameSite=None without Secure, a __Secure- prefix without Secure, over 4096 bytes. */
export const REFUSED_COOKIES = [
  { name: 'theme', line: 'theme=dark; Path=/; SameSite=None', reason: 'samesite-none-without-secure' },
  { name: '__Secure-pref', line: '__Secure-pref=1; Path=/', reason: 'secure-prefix-needs-secure' },
  { name: 'cart', line: `cart=${'x'.repeat(5000)}; Path=/; Secure`, reason: 'name-value-too-long' },
];

export const createRefused = () => ({
  handle: router({
    'GET /': (req, res) =>
      sendHtml(res, 200, page({ site, title: 'Refused cookies', body: '<p>This page sets cookies the browser refuses.</p><p><a href="/shop">Shop</a></p>' }), {
        'Set-Cookie': [
          ...REFUSED_COOKIES.map(({ line }) => line),
          setCookie('admin_view', 'compact', { path: '/admin', secure: true, sameSite: 'Lax' }),
          setCookie('visitor', 'v1', { path: '/', secure: true, sameSite: 'Lax', maxAge: 3600 }),
        ],
      }),
    'GET /shop': (req, res) => sendHtml(res, 200, page({ site, title: 'Shop', body: '<p>Nothing to buy.</p>' })),
  }),
});
