import { createWriteStream, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { arrayAt, objectAt } from '../src/core/har/json-read.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../src/core/json.ts';
import { seededRandom } from './corpus.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const IMAGE_B64 = `${B64}+/`;

const token = (random: () => number, length: number, alphabet = B64): string =>
  Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');

const between = (random: () => number, low: number, high: number): number => low + Math.floor(random() * (high - low));

const header = (name: string, value: string) => ({ name, value });

/** Text with what escaping costs a JSON reader: quotes, newlines, tabs, backslashes, non-ASCII (Korean). */
const WORDS = ['<div class="card">', '</div>', '\n', '\t', 'cookie', 'session', '"quoted"', 'C:\\path', '세션', '쿠키', 'login', 'a=b&c=d', '{"k":1}', '</script>'];

const textOf = (random: () => number, bytes: number): string => {
  const parts: string[] = [];
  for (let size = 0; size < bytes; ) {
    const part = Math.floor(random() * 4) === 0 ? (WORDS[Math.floor(random() * WORDS.length)] ?? '') : token(random, between(random, 3, 12));
    parts.push(part, ' ');
    size += part.length + 1;
  }
  return parts.join('');
};

/** Bodies are drawn from small pools (sites repeat their responses) so that generating 50,000 entries is quick. */
interface Bodies {
  readonly text: readonly { readonly mimeType: string; readonly text: string }[];
  /** One long base64 string that image bodies are prefixes of: 50-500 kB each. */
  readonly image: string;
}

const MAX_IMAGE = 500_000;
const MIN_IMAGE = 50_000;
/** One entry in IMAGE_EVERY carries a base64 image. */
const IMAGE_EVERY = 200;

const makeBodies = (random: () => number): Bodies => ({
  text: Array.from({ length: 48 }, (_, i) => {
    const kind = i % 3;
    const mimeType = kind === 0 ? 'text/html' : kind === 1 ? 'application/javascript' : 'application/json';
    return { mimeType, text: textOf(random, between(random, 1_000, 8_000)) };
  }),
  image: token(random, MAX_IMAGE, IMAGE_B64),
});

const contentOf = (index: number, random: () => number, bodies: Bodies) => {
  if (index % IMAGE_EVERY === IMAGE_EVERY - 1) {
    const length = between(random, MIN_IMAGE, MAX_IMAGE);
    return { size: Math.floor((length * 3) / 4), mimeType: 'image/png', text: bodies.image.slice(0, length), encoding: 'base64' };
  }
  const body = bodies.text[Math.floor(random() * bodies.text.length)] ?? { mimeType: 'text/plain', text: '' };
  return { size: body.text.length, mimeType: body.mimeType, text: body.text };
};

/** One realistic Chrome-style entry: a page of a site with a rotating session, analytics, and a body. */
const entry = (index: number, random: () => number, sid: string, bodies: Bodies) => {
  const login = index % 50 === 0;
  const path = login ? '/login' : `/page/${index % 300}`;
  const method = login ? 'POST' : 'GET';
  const setCookies = index % 25 === 0 ? [`sid=${sid}; Path=/; HttpOnly; Secure; SameSite=Lax`, `_ga=GA1.2.${index}.1; Max-Age=63072000; Domain=.shop.example; Path=/`] : [];
  const content = contentOf(index, random, bodies);
  return {
    _resourceType: index % 10 === 0 ? 'document' : content.mimeType === 'image/png' ? 'image' : 'fetch',
    startedDateTime: new Date(Date.UTC(2026, 10, 1, 10, 0, 0, index * 37)).toISOString(),
    time: 20 + random() * 100,
    request: {
      method,
      url: `https://www.shop.example${path}?q=${index}`,
      httpVersion: 'HTTP/1.1',
      headers: [
        header('Host', 'www.shop.example'),
        header('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36'),
        header('Accept', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'),
        header('Accept-Language', 'ko-KR,ko;q=0.9,en;q=0.8'),
        header('Cookie', `sid=${sid}; _ga=GA1.2.${index}.1; theme=dark; lang=ko`),
        header('Referer', 'https://www.shop.example/'),
        header('sec-ch-ua', '"Chromium";v="156", "Not A;Brand";v="99"'),
        header('Sec-Fetch-Site', 'same-origin'),
      ],
      queryString: [{ name: 'q', value: String(index) }],
      cookies: [{ name: 'sid', value: sid, path: '/', domain: 'www.shop.example', httpOnly: true, secure: true }],
      headersSize: -1,
      bodySize: login ? 32 : 0,
      ...(login ? { postData: { mimeType: 'application/x-www-form-urlencoded', text: 'username=kim&password=secret', params: [] } } : {}),
    },
    response: {
      status: 200,
      statusText: 'OK',
      httpVersion: 'HTTP/1.1',
      headers: [
        header('Content-Type', `${content.mimeType}; charset=utf-8`),
        header('Cache-Control', 'private, max-age=0'),
        header('Date', 'Sun, 01 Nov 2026 10:00:00 GMT'),
        header('ETag', `W/"${token(random, 12)}"`),
        ...setCookies.map((v) => header('Set-Cookie', v)),
      ],
      cookies: [],
      content,
      redirectURL: '',
      headersSize: -1,
      bodySize: content.size,
      _transferSize: content.size + 300,
    },
    cache: {},
    timings: { blocked: 0.8, dns: -1, connect: -1, ssl: -1, send: 1, wait: 10 + random() * 50, receive: 5 },
    serverIPAddress: '203.0.113.7',
    connection: String(1000 + (index % 8)),
  };
};

/** Writes a HAR of `entries` entries to `path`, streaming so the generator itself stays small. */
export const writeHar = async (path: string, entries: number): Promise<void> => {
  const random = seededRandom(7);
  const bodies = makeBodies(random);
  const out = createWriteStream(path);
  out.write('{"log":{"version":"1.2","creator":{"name":"crumbtrail-bench","version":"1"},"pages":[],"entries":[\n');
  let sid = token(random, 32);
  for (let i = 0; i < entries; i += 1) {
    if (i % 25 === 0) sid = token(random, 32);
    if (!out.write(`${i === 0 ? '' : ',\n'}${JSON.stringify(entry(i, random, sid, bodies))}`)) await once(out, 'drain');
  }
  out.end(']}}\n');
  await once(out, 'finish');
};

/** The real HAR exports of `dir` as one HAR: their entries and pages one after another, in file name order. */
export const writeRealHar = (dir: string, path: string): number => {
  const logs = readdirSync(dir)
    .filter((name) => name.endsWith('.har'))
    .sort()
    .map((name): JsonObject | null => {
      const doc: JsonValue = JSON.parse(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''));
      return isJsonObject(doc) ? objectAt(doc, 'log') : null;
    });
  const entries = logs.flatMap((log) => (log === null ? [] : (arrayAt(log, 'entries') ?? [])));
  const pages = logs.flatMap((log) => (log === null ? [] : (arrayAt(log, 'pages') ?? [])));
  writeFileSync(path, JSON.stringify({ log: { version: '1.2', creator: { name: 'crumbtrail-bench', version: '1' }, pages, entries } }));
  return entries.length;
};
