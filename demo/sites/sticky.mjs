// sticky.example.test: a small load balancer in front of two backend processes. It pins each client to a
// backend with an F5 BIG-IP persistence cookie (the backend's 127.0.0.1 address and port, encoded the way
// BIG-IP does) and an AWS ALB stickiness cookie, and forwards the request to that backend.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { parseCookies, randomBytesB64 } from '../http.mjs';

const BIGIP = 'BIGipServerpool_demo';
const AWSALB = 'AWSALB';
const BACKEND_SCRIPT = new URL('../backend.mjs', import.meta.url);

/** BIG-IP's encoding: IPv4 octets as a little-endian integer, the port with its two bytes swapped. */
export const encodeBigIp = (ip, port) => {
  const [a, b, c, d] = ip.split('.').map(Number);
  const address = (a + b * 256 + c * 65536 + d * 16777216) >>> 0;
  const swapped = ((port & 0xff) << 8) | (port >> 8);
  return `${address}.${swapped}.0000`;
};

const startBackend = async (name) => {
  const child = fork(BACKEND_SCRIPT, [name], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [message] = await once(child, 'message');
  return { name, port: message.port, child, bigip: encodeBigIp('127.0.0.1', message.port) };
};

export const createSticky = async () => {
  const backends = await Promise.all([startBackend('b1'), startBackend('b2')]);
  const albPins = new Map();
  let next = 0;

  const pick = (cookies) =>
    backends.find((b) => b.bigip === cookies.get(BIGIP)) ?? albPins.get(cookies.get(AWSALB)) ?? backends[next++ % backends.length];

  const handle = (req, res) => {
    const cookies = parseCookies(req.headers.cookie);
    const backend = pick(cookies);
    const alb = randomBytesB64(40);
    albPins.set(alb, backend);
    const affinity = [
      ...(cookies.get(BIGIP) === backend.bigip ? [] : [`${BIGIP}=${backend.bigip}; path=/`]),
      `${AWSALB}=${alb}; Expires=${new Date(Date.now() + 7 * 86400_000).toUTCString()}; Path=/`,
    ];
    const upstream = request({
      host: '127.0.0.1', port: backend.port, method: req.method, path: req.url,
      headers: { ...req.headers, 'x-forwarded-proto': 'https', 'x-forwarded-for': req.socket.remoteAddress ?? '' },
    }, (answer) => {
      const own = answer.headers['set-cookie'] ?? [];
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'set-cookie': [...own, ...affinity] });
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end('backend unavailable');
    });
    req.pipe(upstream);
  };

  const close = async () => {
    await Promise.all(backends.map(async ({ child }) => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    }));
  };

  return { handle, close, backends: backends.map(({ name, port, bigip }) => ({ name, port, bigip })) };
};
