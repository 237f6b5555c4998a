// Small HTTP helpers shared by the demo sites: forms, cookies, redirects, escaped HTML.
import { randomBytes } from 'node:crypto';

const FORM_LIMIT = 64 * 1024;

/** Reads an application/x-www-form-urlencoded body (bounded) into a URLSearchParams. */
export const readForm = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > FORM_LIMIT) {
        reject(new Error('form too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });

/** Cookie request header -> Map (first occurrence wins, as servers usually do). */
export const parseCookies = (header) => {
  const jar = new Map();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name && !jar.has(name)) jar.set(name, part.slice(eq + 1).trim());
  }
  return jar;
};

/** Serialises one Set-Cookie line; attribute names are written the way real servers write them. */
export const setCookie = (name, value, attrs = {}) => {
  const parts = [`${name}=${value}`];
  if (attrs.maxAge !== undefined) parts.push(`Max-Age=${attrs.maxAge}`);
  if (attrs.expires !== undefined) parts.push(`Expires=${attrs.expires.toUTCString()}`);
  if (attrs.domain) parts.push(`Domain=${attrs.domain}`);
  parts.push(`Path=${attrs.path ?? '/'}`);
  if (attrs.secure) parts.push('Secure');
  if (attrs.httpOnly) parts.push('HttpOnly');
  if (attrs.sameSite) parts.push(`SameSite=${attrs.sameSite}`);
  return parts.join('; ');
};

/** 128 random bits, base64url (22 characters). */
export const randomId = (bytes = 16) => randomBytes(bytes).toString('base64url');

/** 128 random bits as upper-case hex, the way Java servlet containers write session ids. */
export const randomHexId = (bytes = 16) => randomBytes(bytes).toString('hex').toUpperCase();

export const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** A whole HTML document. `body` must already be escaped markup. */
export const page = ({ title, body, site = 'Crumbtrail demo' }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1d232a}
header{font-size:.8rem;color:#5b6570;text-transform:uppercase;letter-spacing:.05em}
form{display:grid;gap:.5rem;max-width:20rem}input,button{font:inherit;padding:.35rem .5rem}
.note{background:#f4f6f8;border-left:3px solid #8795a1;padding:.5rem .75rem}code{font-size:.9em}
.bad{border-left-color:#c0392b}.good{border-left-color:#27ae60}
</style></head><body><header>${escapeHtml(site)}</header><h1>${escapeHtml(title)}</h1>
${body}
</body></html>`;

export const sendHtml = (res, status, html, headers = {}) => {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(html);
};

export const redirect = (res, location, cookies = []) => {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store', ...(cookies.length ? { 'Set-Cookie': cookies } : {}) });
  res.end();
};

export const notFound = (res) => sendHtml(res, 404, page({ title: 'Not found', body: '<p><a href="/">Home</a></p>' }));

/** The login form every flow uses: a real POST of username + password (plus extra hidden fields). */
export const loginForm = ({ action = '/login', error = '', hidden = {} } = {}) => `
${error ? `<p class="note bad" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}">
${Object.entries(hidden).map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`).join('\n')}
<label>Username <input name="username" autocomplete="username" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button>
</form>
<p class="note">Demo account: <code>alice</code> / <code>wonderland</code></p>`;

/** `{ 'GET /path': handler }` -> one request handler; unknown routes answer 404. */
export const router = (routes) => (req, res, url) => {
  const handler = routes[`${req.method} ${url.pathname}`];
  return handler ? handler(req, res, url) : notFound(res);
};

/** Random bytes as standard base64, the alphabet AWS ALB's stickiness cookie uses. */
export const randomBytesB64 = (bytes) => randomBytes(bytes).toString('base64');
