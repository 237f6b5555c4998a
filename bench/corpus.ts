/** Deterministic, realistic inputs for the bench: the same headers every run. */

export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    // mulberry32: small, fast, good enough to pick from tables.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const randomText = (random: () => number, alphabet: string, length: number): string => {
  let text = '';
  for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(random() * alphabet.length)];
  return text;
};

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const DATES = [
  'Wed, 21 Oct 2026 07:28:00 GMT',
  'Thu, 01 Jan 1970 00:00:00 GMT',
  'Sunday, 06-Nov-94 08:49:37 GMT',
  'Sun Nov  6 08:49:37 1994',
  '2027-03-01T10:00:00Z',
  'Fri, 31 Dec 9999 23:59:59 GMT',
  'Tue, 18-Apr-2027 21:06:29 GMT',
  'garbage date',
];

const jwt = (random: () => number): string =>
  `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${randomText(random, B64, 180 + Math.floor(random() * 400))}.${randomText(random, B64, 43)}`;

const SET_COOKIE_MAKERS: readonly ((random: () => number) => string)[] = [
  (r) => `JSESSIONID=${randomText(r, HEX, 32).toUpperCase()}; Path=/; Secure; HttpOnly`,
  (r) => `PHPSESSID=${randomText(r, 'abcdefghijklmnopqrstuvwxyz0123456789', 26)}; path=/; HttpOnly; SameSite=Lax`,
  (r) => `connect.sid=s%3A${randomText(r, B64, 32)}.${randomText(r, B64, 43)}; Path=/; Expires=${pick(r, DATES)}; HttpOnly`,
  (r) => `__Host-sid=${randomText(r, B64, 43)}; Path=/; Secure; HttpOnly; SameSite=Strict`,
  (r) => `_ga=GA1.2.${Math.floor(r() * 1e9)}.${Math.floor(r() * 1e9)}; Domain=.example.com; Path=/; Max-Age=63072000`,
  (r) => `_gid=GA1.2.${Math.floor(r() * 1e9)}.${Math.floor(r() * 1e9)}; expires=${pick(r, DATES)}; path=/; domain=.example.com`,
  (r) => `_fbp=fb.1.${Math.floor(r() * 1e13)}.${Math.floor(r() * 1e9)}; Max-Age=7776000; Path=/; SameSite=None; Secure`,
  (r) => `access_token=${jwt(r)}; Path=/api; Secure; SameSite=None; Partitioned`,
  (r) => `AWSALB=${randomText(r, B64, 120)}; Expires=${pick(r, DATES)}; Path=/`,
  (r) => `BIGipServerpool_web=${Math.floor(r() * 4e9)}.20480.0000; path=/; Httponly; Secure`,
  (r) => `theme=${pick(r, ['dark', 'light'])}; Path=/; Max-Age=31536000; SameSite=Lax`,
  (r) => `XSRF-TOKEN=${randomText(r, B64, 40)}; Path=/; SameSite=Strict; Priority=High`,
  (r) =>
    `soup=${randomText(r, HEX, 8)};  ; PATH=/x ;domain=Example.COM; secure=yes; HttpOnly; SameSite=Laxx; Max-Age=abc; ` +
    `expires=${pick(r, DATES)}; Priority=weird; unknown=1; Path; Domain=; Expires=; Max-Age=-5`,
  (r) => `"quoted"="${randomText(r, HEX, 16)}"; Max-Age=3600`,
  (r) => `laravel_session=${randomText(r, B64, 300)}%3D; expires=${pick(r, DATES)}; Max-Age=7200; path=/; httponly; samesite=lax`,
];

export const setCookieHeaders = (count: number, seed = 1): string[] => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => pick(random, SET_COOKIE_MAKERS)(random));
};

const PAIR_MAKERS: readonly ((random: () => number) => string)[] = [
  (r) => `_ga=GA1.2.${Math.floor(r() * 1e9)}.${Math.floor(r() * 1e9)}`,
  (r) => `sid=${randomText(r, B64, 32)}`,
  (r) => `theme=${pick(r, ['dark', 'light'])}`,
  (r) => `lang=${pick(r, ['en', 'ko', 'en-US'])}`,
  (r) => `JSESSIONID=${randomText(r, HEX, 32)}`,
  (r) => `token=${jwt(r)}`,
  (r) => `pref=${randomText(r, B64, 12)}`,
  (r) => `AWSALB=${randomText(r, B64, 100)}`,
];

/** Request `Cookie` headers of about ten pairs each. */
export const cookieHeaders = (count: number, seed = 2): string[] => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: 8 + Math.floor(random() * 5) }, () => pick(random, PAIR_MAKERS)(random)).join('; '),
  );
};
