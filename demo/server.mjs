// The Crumbtrail demo: real login flows to inspect, on 127.0.0.1 only. HTTPS (certificate made at start)
// for the *.example.test sites and the tracker.other.test third party; plain HTTP for the leaky site.
// Browsers reach the names through host mapping (see `HOSTS` and `hostMappingFlags`).
//   node demo/server.mjs [--port 8443] [--http-port 8080]
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { makeCertificate } from './cert.mjs';
import { escapeHtml, page, sendHtml } from './http.mjs';
import { createCrowd } from './sites/crowd.mjs';
import { createFixation } from './sites/fixation.mjs';
import { createGood } from './sites/good.mjs';
import { createIndex, FLOWS } from './sites/index.mjs';
import { createJwt } from './sites/jwt.mjs';
import { createLeaky } from './sites/leaky.mjs';
import { createPayloads } from './sites/payloads.mjs';
import { createRefused } from './sites/refused.mjs';
import { createSticky } from './sites/sticky.mjs';
import { createTracker } from './sites/tracker.mjs';

export { FLOWS };
export { CROWD_COOKIES } from './sites/crowd.mjs';
export { PAYLOAD_COOKIES } from './sites/payloads.mjs';
export { REFUSED_COOKIES } from './sites/refused.mjs';

export const HOSTS = [
  'demo.example.test', 'good.example.test', 'fixation.example.test', 'jwt.example.test', 'sticky.example.test',
  'leaky.example.test', 'crowd.example.test', 'payloads.example.test', 'refused.example.test', 'tracker.other.test',
];

/** Chromium flags that send the demo's names to 127.0.0.1 and keep the browser quiet on the network. */
export const hostMappingFlags = () => ['--host-resolver-rules=MAP *.example.test 127.0.0.1, MAP *.other.test 127.0.0.1'];

const hostOf = (req) => String(req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();

const listen = async (server, port) => {
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return server.address().port;
};

/**
 * Starts every demo site. `log.entries` is the access log of requests that reached the demo from a client
 * (the balancer's internal hops are not in it).
 */
export const startDemo = async ({ port = 0, httpPort = 0 } = {}) => {
  const urls = {};
  const entries = [];
  const tracker = createTracker();
  const sticky = await createSticky();
  const httpsSites = new Map([
    ['good.example.test', createGood()],
    ['fixation.example.test', createFixation()],
    ['jwt.example.test', createJwt()],
    ['sticky.example.test', sticky],
    ['crowd.example.test', createCrowd()],
    ['payloads.example.test', createPayloads()],
    ['refused.example.test', createRefused()],
    ['tracker.other.test', tracker],
  ]);
  const httpSites = new Map([['leaky.example.test', createLeaky({ urls })]]);
  const index = createIndex({ urls });

  const serve = (scheme, sites) => (req, res) => {
    const host = hostOf(req);
    const url = new URL(req.url ?? '/', `${scheme}://${host || 'localhost'}`);
    entries.push({
      at: Date.now(), scheme, host, method: req.method ?? 'GET', path: `${url.pathname}${url.search}`,
      referer: req.headers.referer ?? null, origin: req.headers.origin ?? null,
      secFetchSite: req.headers['sec-fetch-site'] ?? null, userAgent: req.headers['user-agent'] ?? null,
    });
    const site = sites.get(host) ?? index;
    Promise.resolve(site.handle(req, res, url)).catch((error) => {
      if (!res.headersSent) sendHtml(res, 500, page({ title: 'Server error', body: `<pre>${escapeHtml(error.message)}</pre>` }));
      else res.destroy();
    });
  };

  const httpsServer = createHttpsServer(makeCertificate(), serve('https', httpsSites));
  const httpServer = createHttpServer(serve('http', httpSites));
  let httpsPort;
  let plainPort;
  try {
    httpsPort = await listen(httpsServer, port);
    plainPort = await listen(httpServer, httpPort);
  } catch (error) {
    httpsServer.close();
    httpServer.close();
    await sticky.close();
    throw error;
  }

  const https = (host) => `https://${host}:${httpsPort}/`;
  Object.assign(urls, {
    index: https('demo.example.test'), good: https('good.example.test'), fixation: https('fixation.example.test'),
    jwt: https('jwt.example.test'), sticky: https('sticky.example.test'), crowd: https('crowd.example.test'),
    payloads: https('payloads.example.test'), refused: https('refused.example.test'), tracker: https('tracker.other.test'),
    leaky: `http://leaky.example.test:${plainPort}/`, httpsPort, httpPort: plainPort,
  });

  const close = async () => {
    for (const server of [httpsServer, httpServer]) server.closeAllConnections();
    await Promise.all([httpsServer, httpServer].map((server) => new Promise((resolve) => server.close(() => resolve()))));
    await sticky.close();
  };

  return {
    urls,
    close,
    log: { entries, clear: () => entries.splice(0) },
    trackerReceived: tracker.received,
    backends: sticky.backends,
  };
};

const flag = (args, name) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : 0;
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const demo = await startDemo({ port: flag(args, '--port'), httpPort: flag(args, '--http-port') });
  console.log(`Crumbtrail demo on 127.0.0.1 (https ${demo.urls.httpsPort}, http ${demo.urls.httpPort})`);
  for (const f of FLOWS) console.log(`  ${f.title.padEnd(18)} ${demo.urls[f.id]}`);
  console.log(`Map the names to 127.0.0.1, e.g. chromium ${hostMappingFlags().map((f) => `'${f}'`).join(' ')} --ignore-certificate-errors ${demo.urls.index}`);
  const stop = () => demo.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
