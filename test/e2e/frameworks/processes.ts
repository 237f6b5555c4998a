// Starts a framework's real server as a child process and knows when it is ready: when it announces its
// port, or when it answers HTTP. Waits on events and conditions only, never on a fixed delay.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { waitUntil } from '../support/extension.ts';

export interface ServerProcess {
  readonly name: string;
  /** The last lines it printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface ProcessSpec {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
}

/** Enough of a server's output to say why it failed, without keeping every request it logged. */
const OUTPUT_TAIL = 4000;
const START_TIMEOUT_MS = 30_000;

/** Python must not write __pycache__ into the checkout; the rest of the environment is the test's own. */
const childEnv = (extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv =>
  ({ ...process.env, PYTHONDONTWRITEBYTECODE: '1', ...extra });

const hasExited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

const stopChild = async (child: ChildProcess): Promise<void> => {
  if (hasExited(child)) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
};

interface Spawned {
  readonly server: ServerProcess;
  readonly child: ChildProcess;
  /** Rejects when the process ends (or cannot start) before `stop()`. */
  readonly died: Promise<never>;
}

const spawnServer = (spec: ProcessSpec): Spawned => {
  const child = spawn(spec.command, [...spec.args], { cwd: spec.cwd, env: childEnv(spec.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let stopping = false;
  const died = new Promise<never>((_, reject) => {
    child.once('error', (error) => reject(new Error(`${spec.name} could not start: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (!stopping) reject(new Error(`${spec.name} exited (${signal ?? `code ${String(code)}`}) before it was stopped:\n${output}`));
    });
  });
  died.catch(() => undefined);
  const server: ServerProcess = {
    name: spec.name,
    output: () => output,
    stop: async () => {
      stopping = true;
      await stopChild(child);
    },
  };
  return { server, child, died };
};

const withStartTimeout = async <T>(spec: ProcessSpec, spawned: Spawned, ready: Promise<T>): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${spec.name} was not ready within ${START_TIMEOUT_MS} ms:\n${spawned.server.output()}`)), START_TIMEOUT_MS);
  });
  try {
    return await Promise.race([ready, spawned.died, timeout]);
  } catch (error) {
    await spawned.server.stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
};

/** Starts a server that prints the port it listens on (`pattern`'s first group) once it accepts connections. */
export const startAnnouncing = async (spec: ProcessSpec, pattern: RegExp): Promise<{ server: ServerProcess; port: number }> => {
  const spawned = spawnServer(spec);
  const announced = new Promise<number>((resolve) => {
    const look = (): void => {
      const port = pattern.exec(spawned.server.output())?.[1];
      if (port !== undefined) resolve(Number(port));
    };
    spawned.child.stdout?.on('data', look);
    spawned.child.stderr?.on('data', look);
  });
  const port = await withStartTimeout(spec, spawned, announced);
  return { server: spawned.server, port };
};

/** Starts a server that prints nothing useful, ready once `url` answers at all. */
export const startAnswering = async (spec: ProcessSpec, url: string): Promise<ServerProcess> => {
  const spawned = spawnServer(spec);
  // Polls until it answers; a process that died ends the polling (its exit is the error reported).
  const answering = waitUntil(`${spec.name} to answer ${url}`, async () => {
    if (hasExited(spawned.child)) return false;
    return (await fetch(url)).status > 0 ? true : undefined;
  }, START_TIMEOUT_MS);
  answering.catch(() => undefined);
  await withStartTimeout(spec, spawned, answering);
  return spawned.server;
};

/** A port free on 127.0.0.1 now, for a server (HAProxy) that must be told its port and cannot announce it. */
export const freePort = async (): Promise<number> => {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (address === null || typeof address === 'string') throw new Error('no TCP address for a free-port probe');
  return address.port;
};
