// tracker.other.test: a third-party ad frame that sets its own tracking cookie and keeps what it was given.
import { escapeHtml, page, parseCookies, randomId, router, sendHtml, setCookie } from '../http.mjs';

const site = 'tracker.other.test (third party)';

export const createTracker = () => {
  /** What the frame received: the leaked session ids, for the demo to show. */
  const received = [];
  return {
    received,
    handle: router({
      'GET /embed': (req, res, url) => {
        received.push({ sid: url.searchParams.get('sid'), referer: req.headers.referer ?? null });
        const known = parseCookies(req.headers.cookie).get('_trk');
        sendHtml(res, 200, page({ site, title: 'Partner offers', body: `<p>Offer for visitor ${escapeHtml(known ?? 'new')}.</p>` }),
          known ? {} : { 'Set-Cookie': [setCookie('_trk', randomId(12), { path: '/', maxAge: 60 * 60 * 24 * 365, secure: true, sameSite: 'None' })] });
      },
      'GET /': (req, res) => sendHtml(res, 200, page({ site, title: 'Tracker', body: `<p>${received.length} frame loads.</p>` })),
    }),
  };
};
