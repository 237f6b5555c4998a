// crowd.example.test: a page that sets 150 cookies of mixed kinds (for the popup's time to paint).
import { page, randomId, router, sendHtml, setCookie } from '../http.mjs';

export const CROWD_COOKIES = 150;

const KINDS = [
  (i) => setCookie(`pref_${i}`, `v${i}`, { path: '/', maxAge: 60 * 60 * 24 * 30, secure: true, sameSite: 'Lax' }),
  (i) => setCookie(`_ab_test_${i}`, randomId(6), { path: '/', secure: true }),
  (i) => setCookie(`widget_state_${i}`, randomId(9), { path: '/', maxAge: 60 * 60 * 24 * 500, secure: true, httpOnly: true, sameSite: 'Strict' }),
  (i) => setCookie(`cart_item_${i}`, String(i * 7), { path: '/', secure: true, sameSite: 'None' }),
  (i) => setCookie(`__Secure-feature_${i}`, 'on', { path: '/', secure: true, httpOnly: true, sameSite: 'Lax' }),
];

const cookies = () => Array.from({ length: CROWD_COOKIES }, (_, i) => KINDS[i % KINDS.length](String(i + 1).padStart(3, '0')));

export const createCrowd = () => ({
  handle: router({
    'GET /': (req, res) => sendHtml(res, 200, page({ site: 'crowd.example.test', title: 'A page with 150 cookies', body: '<p>This page set 150 cookies.</p>' }),
      { 'Set-Cookie': cookies() }),
  }),
});
