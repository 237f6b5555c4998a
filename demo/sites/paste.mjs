// payloads.example.test/paste: what a report must still be safe to paste after. A session cookie whose name
// is markup (inside the old Markdown's <summary> it would have run), its value and PHPSESSID leaked to a
// tracker inside a URL-encoded URL, and token parameters in requested URLs. Open it with tokens in its own URL,
// e.g. /paste?code=…#access_token=… (an OAuth callback).
import { escapeHtml, page, randomHexId, randomId, sendHtml, setCookie } from '../http.mjs';

/** Cookie names cannot hold `=`, `;` or spaces: markup without attributes still closes the summary. */
export const PASTE_SESSION_COOKIE = 'sid</summary></details><script>alert(5)</script>';

const portOf = (req) => /:(\d+)$/.exec(String(req.headers.host ?? ''))?.[1] ?? '443';

export const pasteRoutes = {
  'GET /paste': (req, res) => {
    const sid = randomHexId();
    const php = randomId(20);
    const tracker = `https://tracker.other.test:${portOf(req)}/collect`;
    const leaked = `${tracker}?u=${encodeURIComponent(`https://payloads.example.test/?s=${sid}&php=${php}`)}`;
    const pixel = `/pixel;jsessionid=${randomHexId()}?X-Amz-Signature=${randomHexId(32)}&api_key=${randomId(24)}`;
    sendHtml(res, 200, page({ site: 'payloads.example.test', title: 'Safe to paste', body: `<p>Session values leak to a tracker, URL-encoded; tokens ride in URLs.</p>
<img alt="" src="${escapeHtml(leaked)}" width="1" height="1"><img alt="" src="${escapeHtml(pixel)}" width="1" height="1">` }),
    { 'Set-Cookie': [setCookie(PASTE_SESSION_COOKIE, sid, { secure: true, sameSite: 'Lax' }), setCookie('PHPSESSID', php, { secure: true, sameSite: 'Lax' })] });
  },
};
