/**
 * A large live recording for the panel bench: what the background would hand the panel for one busy tab,
 * built the way the recorder builds one (the headers it keeps, one exchange per request) and the cookies
 * the browser would hold after it.
 */
import type { Exchange, Header } from '../src/core/exchange.ts';
import type { Cookie } from '../src/core/model.ts';
import type { Recording } from '../src/platform/messages.ts';
import { seededRandom } from './corpus.ts';

const PAGE = 'https://www.shop.example/';
/** Hosts the page talks to (a news page with its ad auctions talks to hundreds): its own subdomains first. */
const FIRST_PARTY_HOSTS = 50;
const HOSTS = 500;
const LOGIN_EVERY = 500;
/** Logins go to one of the page's own hosts (host 10 of every 500 requests). */
const LOGIN_AT = 10;
const STARTED = Date.UTC(2026, 10, 1, 10, 0, 0);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const hostOf = (h: number): string => (h < FIRST_PARTY_HOSTS ? `s${h}.shop.example` : `t${h}.ads${h % 37}.example`);

const token = (random: () => number, length: number): string => {
  let text = '';
  for (let i = 0; i < length; i += 1) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return text;
};

interface Planned {
  readonly name: string;
  readonly value: string;
  /** The Set-Cookie attributes after name=value. */
  readonly attributes: string;
  readonly cookie: Cookie;
}

const DAY_S = 86_400;

/** Five kinds of cookie, as real pages mix them: preferences, experiments, widgets, carts, trackers. */
const plannedCookie = (random: () => number, host: string, k: number, at: number): Planned => {
  const base = { domain: host, hostOnly: true, path: '/', partitioned: false, partitionKey: null, priority: 'medium', creationTime: at, origin: { kind: 'browser-api' } } as const;
  const persistent = (days: number) => ({ kind: 'persistent', expiresAt: at + days * DAY_S * 1000 }) as const;
  const value = token(random, 8 + (k % 5) * 6);
  switch (k % 5) {
    case 0:
      return { name: `pref_${k}`, value, attributes: `Path=/; Max-Age=${30 * DAY_S}; Secure; SameSite=Lax`, cookie: { ...base, name: `pref_${k}`, value, secure: true, httpOnly: false, sameSite: 'lax', expiry: persistent(30) } };
    case 1:
      return { name: `_ab_${k}`, value, attributes: 'Path=/; Secure', cookie: { ...base, name: `_ab_${k}`, value, secure: true, httpOnly: false, sameSite: 'unspecified', expiry: { kind: 'session' } } };
    case 2:
      return { name: `widget_${k}`, value, attributes: `Path=/; Max-Age=${500 * DAY_S}; Secure; HttpOnly; SameSite=Strict`, cookie: { ...base, name: `widget_${k}`, value, secure: true, httpOnly: true, sameSite: 'strict', expiry: persistent(400) } };
    case 3:
      return { name: `cart_${k}`, value, attributes: 'Path=/; Secure; SameSite=None', cookie: { ...base, name: `cart_${k}`, value, secure: true, httpOnly: false, sameSite: 'none', expiry: { kind: 'session' } } };
    default:
      return { name: `_uid_${k}`, value, attributes: `Path=/; Max-Age=${365 * DAY_S}; SameSite=None; Secure`, cookie: { ...base, name: `_uid_${k}`, value, secure: true, httpOnly: false, sameSite: 'none', expiry: persistent(365) } };
  }
};

const header = (name: string, value: string): Header => ({ name, value });

/**
 * `exchanges` requests over 500 hosts, each setting one new cookie on its host (so as many cookies as
 * exchanges) and carrying every cookie its host set before, as a browser sends them; a signed-in session
 * across the page's own fifty hosts, renewed at every login (one request in 500). The cookies are the browser's copies of all of them.
 */
export const liveRecording = (tabId: number, exchanges: number): Recording => {
  const random = seededRandom(11);
  const sent = Array.from({ length: HOSTS }, () => [] as string[]);
  const list: Exchange[] = [];
  const cookies: Cookie[] = [];
  let sid: string | null = null;
  for (let i = 0; i < exchanges; i += 1) {
    const h = i % HOSTS;
    const host = hostOf(h);
    const at = STARTED + i * 40;
    const planned = plannedCookie(random, host, Math.floor(i / HOSTS), at);
    const login = i % LOGIN_EVERY === LOGIN_AT;
    const carried = sent[h] ?? [];
    const sending = h < FIRST_PARTY_HOSTS && sid !== null ? [`sid=${sid}`, ...carried] : carried;
    const requestHeaders = [header('Referer', PAGE), ...(sending.length > 0 ? [header('Cookie', sending.join('; '))] : [])];
    const setCookies = [header('Set-Cookie', `${planned.name}=${planned.value}; ${planned.attributes}`)];
    if (login) {
      sid = token(random, 32);
      setCookies.push(header('Set-Cookie', `sid=${sid}; Domain=shop.example; Path=/; Secure; HttpOnly; SameSite=Lax`));
    }
    list.push({
      id: String(100_000 + i),
      startedAt: at,
      method: login ? 'POST' : 'GET',
      url: login ? `https://${host}/login` : `https://${host}/item/${i}?ref=${i % 97}`,
      pageUrl: PAGE,
      requestHeaders,
      requestHeadersSeen: true,
      requestBody: login ? { kind: 'fields', names: ['username', 'password'] } : { kind: 'unknown' },
      response: { kind: 'received', status: login ? 302 : 200, headers: [...setCookies, header('Content-Type', 'text/html; charset=utf-8')] },
    });
    cookies.push(planned.cookie);
    carried.push(`${planned.name}=${planned.value}`);
  }
  const first = cookies[0];
  const session = first === undefined || sid === null ? [] : [{ ...first, name: 'sid', value: sid, domain: 'shop.example', hostOnly: false, httpOnly: true, sameSite: 'lax', expiry: { kind: 'session' } } as const];
  return { tabId, pageUrl: PAGE, cookies: [...cookies, ...session], exchanges: list, dropped: 0 };
};
