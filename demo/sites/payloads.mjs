// payloads.example.test: cookies whose names and values are markup or script payloads. A viewer that
// renders page data as HTML would run them; each payload would set a global flag or open a dialog.
import { page, router, sendHtml } from '../http.mjs';
import { pasteRoutes } from './paste.mjs';

/** Cookie names cannot hold `=` or `;`, so names carry the payloads that fit; values carry the rest. */
export const PAYLOAD_COOKIES = [
  { name: 'sessionid', value: '<img src=x onerror=alert(globalThis.__crumbXss=1)>' },
  { name: 'xss_script', value: '</script><script>alert(globalThis.__crumbXss=2)</script>' },
  { name: '</script><script>alert(3)</script>', value: 'name-payload' },
  { name: '<b>bold</b><img src onerror>', value: '<svg/onload=alert(globalThis.__crumbXss=4)>' },
];

export const createPayloads = () => ({
  handle: router({
    'GET /': (req, res) => sendHtml(res, 200, page({ site: 'payloads.example.test', title: 'Markup in cookies', body: '<p>This page set cookies whose names and values are HTML and script.</p>' }),
      { 'Set-Cookie': PAYLOAD_COOKIES.map(({ name, value }) => `${name}=${value}; Path=/; Secure; SameSite=Lax`) }),
    ...pasteRoutes,
  }),
});
