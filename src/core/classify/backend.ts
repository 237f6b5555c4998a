import { decodeBigIp } from './bigip.ts';
import { splitRouteSuffix } from './framing.ts';
import type { LoadBalancerBackend } from './types.ts';

/** A backend name as affinity cookies spell it; anything else is not taken as a name. */
const SERVER_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}$/;

interface NamedServerRow {
  readonly name: RegExp;
  /** The server name inside the value, or null when the value is not in that product's plain form. */
  readonly serverIn: (value: string) => string | null;
}

const asServerName = (text: string | undefined): string | null =>
  text !== undefined && SERVER_NAME.test(text) ? text : null;

/** Cookies whose plain value names the backend outright, one row per product. */
const NAMED_SERVER_ROWS: readonly NamedServerRow[] = [
  // HAProxy `cookie SERVERID insert|prefix`: `app2`, or `app2~<app cookie>` / `app2|<dates>`.
  { name: /^SERVERID$/i, serverIn: (value) => asServerName(value.split(/[~|]/)[0]) },
  // Apache mod_proxy_balancer routes on what follows the first dot: `.node3` or `<anything>.node3`.
  { name: /^(ROUTEID|BALANCEID)$/i, serverIn: (value) => asServerName(value.split('.')[1]) },
  // Tomcat/Jetty append `.<jvmRoute>` to the session id.
  { name: /^JSESSIONID$/i, serverIn: (value) => splitRouteSuffix(value)?.route ?? null },
];

const namedServer = (name: string, value: string): LoadBalancerBackend | null => {
  const row = NAMED_SERVER_ROWS.find((candidate) => candidate.name.test(name));
  const server = row?.serverIn(value) ?? null;
  return server === null ? null : { kind: 'named-server', server };
};

/** Where an affinity cookie pins the client: a decoded BIG-IP member, or a backend named in the value. */
export const backendOf = (name: string, value: string): LoadBalancerBackend | null =>
  decodeBigIp(value) ?? namedServer(name, value);
