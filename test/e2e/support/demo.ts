import { startDemo, type AccessLogEntry, type Demo } from '../../../demo/server.mjs';

export type { AccessLogEntry, Demo };
export { CROWD_COOKIES, HOSTS, PAYLOAD_COOKIES, REFUSED_COOKIES } from '../../../demo/server.mjs';
export { LOGIN_FLOWS, browse, flowById, signIn, signOut, type Driver, type LoginFlow, type LoginFlowId } from '../../../demo/flows.mjs';

export const startDemoServer = (): Promise<Demo> => startDemo();

/** Requests in the access log for one host, leaving out the browser's own favicon fetches. */
export const requestsTo = (demo: Demo, host: string): AccessLogEntry[] =>
  demo.log.entries.filter((e) => e.host === host && !e.path.startsWith('/favicon.ico'));

const EXTENSION_SCHEME = /^(chrome|moz)-extension:/;

/** Log entries that an extension page or worker caused (by Origin or Referer). */
export const requestsFromExtensions = (demo: Demo): AccessLogEntry[] =>
  demo.log.entries.filter((e) => EXTENSION_SCHEME.test(e.origin ?? '') || EXTENSION_SCHEME.test(e.referer ?? ''));
