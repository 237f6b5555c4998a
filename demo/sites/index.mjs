// The demo's start page: every flow, what it shows, and where it lives.
import { escapeHtml, page, sendHtml } from '../http.mjs';

export const FLOWS = [
  { id: 'good', title: 'Good Bank', what: '__Host- session id, new at sign-in, deleted at sign-out; a theme preference cookie' },
  { id: 'fixation', title: 'Fixation Forum', what: 'session id issued before sign-in and kept after it; no HttpOnly' },
  { id: 'jwt', title: 'JWT Shop', what: 'a JWT with the email in a 90-day cookie readable by script' },
  { id: 'sticky', title: 'Sticky Mail', what: 'two backend processes behind a balancer that pins clients with BIG-IP and ALB cookies' },
  { id: 'leaky', title: 'Leaky Travel', what: 'plain http, session id in the URL, shared with a third-party iframe' },
  { id: 'crowd', title: '150 cookies', what: 'one page that sets 150 cookies' },
  { id: 'payloads', title: 'Markup in cookies', what: 'cookie names and values that are HTML and script' },
  { id: 'refused', title: 'Refused cookies', what: 'Set-Cookie lines the browser refuses: SameSite=None without Secure, a __Secure- prefix without Secure, 5,000 bytes' },
];

export const createIndex = ({ urls }) => ({
  handle: (req, res) => sendHtml(res, 200, page({ title: 'Crumbtrail demo sites', body: `<p>Each site is a real login flow (user <code>alice</code>, password <code>wonderland</code>). Open one with the Crumbtrail extension installed and look at its panel.</p>
<ul>${FLOWS.map((f) => `<li><a href="${escapeHtml(urls[f.id])}">${escapeHtml(f.title)}</a>: ${escapeHtml(f.what)}</li>`).join('\n')}</ul>` })),
});
