// The six real framework servers of the e2e frameworks test, each on 127.0.0.1 (a free port) and reached by
// the browser under its own *.example.test name, which the launcher maps to 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startAnnouncing, startAnswering, type ServerProcess } from './processes.ts';
import { HAPROXY, PHP, PYTHON, REQUIREMENTS, requireInstalled } from './installed.ts';

export type Framework = 'django' | 'php' | 'express-session' | 'cookie-session' | 'flask' | 'haproxy';

export interface Site {
  readonly framework: Framework;
  /** `http://<framework>.example.test:<port>/`: plain HTTP, the frameworks' default. */
  readonly origin: string;
  stop(): Promise<void>;
}

const HERE = import.meta.dirname;
const LISTENING = /listening on http:\/\/127\.0\.0\.1:(\d+)/;
const PHP_STARTED = /Development Server \(http:\/\/127\.0\.0\.1:(\d+)\) started/;

const siteOf = (framework: Framework, port: number, servers: readonly ServerProcess[], tempDirs: readonly string[] = []): Site => ({
  framework,
  origin: `http://${framework}.example.test:${port}/`,
  stop: async () => {
    // The balancer before its backends, so no client request is left half-forwarded.
    for (const server of servers) await server.stop();
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  },
});

const tempDir = (framework: Framework): string => mkdtempSync(join(tmpdir(), `crumbtrail-${framework}-`));

const startDjango = async (): Promise<Site> => {
  requireInstalled(REQUIREMENTS.django);
  const data = tempDir('django');
  try {
    const { server, port } = await startAnnouncing(
      { name: 'Django', command: PYTHON, args: ['serve.py'], cwd: join(HERE, 'django'), env: { CRUMBTRAIL_DATA_DIR: data } }, LISTENING);
    return siteOf('django', port, [server], [data]);
  } catch (error) {
    rmSync(data, { recursive: true, force: true });
    throw error;
  }
};

const startFlask = async (): Promise<Site> => {
  requireInstalled(REQUIREMENTS.flask);
  const { server, port } = await startAnnouncing({ name: 'Flask', command: PYTHON, args: ['app.py'], cwd: join(HERE, 'flask') }, LISTENING);
  return siteOf('flask', port, [server]);
};

const startPhp = async (): Promise<Site> => {
  requireInstalled(REQUIREMENTS.php);
  // Only where the session files go is set (in a temp dir); the session cookie settings stay php.ini's.
  const sessions = tempDir('php');
  try {
    const { server, port } = await startAnnouncing({
      name: 'PHP built-in server', command: PHP, cwd: join(HERE, 'php'),
      args: ['-S', '127.0.0.1:0', '-d', `session.save_path=${sessions}`, 'router.php'],
    }, PHP_STARTED);
    return siteOf('php', port, [server], [sessions]);
  } catch (error) {
    rmSync(sessions, { recursive: true, force: true });
    throw error;
  }
};

const startNode = (name: string, script: string, args: readonly string[] = []) =>
  startAnnouncing({ name, command: process.execPath, args: [join(HERE, script), ...args], cwd: HERE }, LISTENING);

const startExpress = async (framework: 'express-session' | 'cookie-session'): Promise<Site> => {
  const { server, port } = await startNode(`Express with ${framework}`, `express/${framework}.mjs`);
  return siteOf(framework, port, [server]);
};

const startHaproxy = async (): Promise<Site> => {
  requireInstalled(REQUIREMENTS.haproxy);
  const [app1, app2] = await Promise.all([startNode('backend app1', 'haproxy/backend.mjs', ['app1']), startNode('backend app2', 'haproxy/backend.mjs', ['app2'])]);
  const backends = [app1.server, app2.server];
  try {
    // HAProxy cannot announce a port it chose, so it is given one that is free now.
    const front = await freePort();
    const balancer = await startAnswering({
      name: 'HAProxy', command: HAPROXY, args: ['-f', join(HERE, 'haproxy/haproxy.cfg'), '-db'],
      env: { FRONT_PORT: String(front), BACKEND_1_PORT: String(app1.port), BACKEND_2_PORT: String(app2.port) },
    }, `http://127.0.0.1:${front}/signed-out`);
    return siteOf('haproxy', front, [balancer, ...backends]);
  } catch (error) {
    for (const backend of backends) await backend.stop();
    throw error;
  }
};

const FRAMEWORKS: readonly Framework[] = ['django', 'php', 'express-session', 'cookie-session', 'flask', 'haproxy'];

const STARTERS: Readonly<Record<Framework, () => Promise<Site>>> = {
  django: startDjango,
  php: startPhp,
  'express-session': () => startExpress('express-session'),
  'cookie-session': () => startExpress('cookie-session'),
  flask: startFlask,
  haproxy: startHaproxy,
};

export interface Sites {
  /** The running site, or the error its start failed with (a missing Debian package: one line). */
  get(framework: Framework): Site;
  stopAll(): Promise<void>;
}

/** Starts every site; one that fails to start fails only its own test. */
export const startSites = async (): Promise<Sites> => {
  const started = await Promise.allSettled(FRAMEWORKS.map((framework) => STARTERS[framework]()));
  const byFramework = new Map(FRAMEWORKS.map((framework, i) => [framework, started[i]]));
  return {
    get: (framework) => {
      const result = byFramework.get(framework);
      if (result?.status === 'fulfilled') return result.value;
      throw result?.reason instanceof Error ? result.reason : new Error(`${framework} did not start`);
    },
    stopAll: async () => {
      await Promise.all(started.map((result) => (result.status === 'fulfilled' ? result.value.stop() : undefined)));
    },
  };
};
