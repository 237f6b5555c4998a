import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from './corpus.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

const token = (random: () => number, length: number): string =>
  Array.from({ length }, () => B64[Math.floor(random() * B64.length)]).join('');

const header = (name: string, value: string) => ({ name, value });

/** One realistic entry: a page on a site with a rotating session, analytics and a body of a few kB. */
const entry = (index: number, random: () => number, sid: string) => {
  const path = index % 50 === 0 ? '/login' : `/page/${index % 300}`;
  const method = index % 50 === 0 ? 'POST' : 'GET';
  const setCookies = index % 25 === 0 ? [`sid=${sid}; Path=/; HttpOnly; Secure; SameSite=Lax`, `_ga=GA1.2.${index}.1; Max-Age=63072000; Domain=.shop.example; Path=/`] : [];
  return {
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
        header('Cookie', `sid=${sid}; _ga=GA1.2.${index}.1; theme=dark; lang=ko`),
        header('Referer', 'https://www.shop.example/'),
      ],
      queryString: [{ name: 'q', value: String(index) }],
      cookies: [],
      headersSize: -1,
      bodySize: method === 'POST' ? 32 : 0,
      ...(method === 'POST'
        ? { postData: { mimeType: 'application/x-www-form-urlencoded', text: 'username=kim&password=secret', params: [] } }
        : {}),
    },
    response: {
      status: 200,
      statusText: 'OK',
      httpVersion: 'HTTP/1.1',
      headers: [header('Content-Type', 'text/html; charset=utf-8'), ...setCookies.map((v) => header('Set-Cookie', v))],
      cookies: [],
      content: { size: 3000, mimeType: 'text/html', text: `<html><body>${token(random, 3000)}</body></html>` },
      redirectURL: '',
      headersSize: -1,
      bodySize: 3000,
    },
    cache: {},
    timings: { send: 1, wait: 10, receive: 5 },
  };
};

/** Writes a HAR of `entries` entries to `path`, streaming so the generator itself stays small. */
export const writeHar = async (path: string, entries: number): Promise<void> => {
  const random = seededRandom(7);
  const out = createWriteStream(path);
  out.write('{"log":{"version":"1.2","creator":{"name":"crumbtrail-bench","version":"1"},"pages":[],"entries":[\n');
  let sid = token(random, 32);
  for (let i = 0; i < entries; i += 1) {
    if (i % 25 === 0) sid = token(random, 32);
    if (!out.write(`${i === 0 ? '' : ',\n'}${JSON.stringify(entry(i, random, sid))}`)) await once(out, 'drain');
  }
  out.end(']}}\n');
  await once(out, 'finish');
};
