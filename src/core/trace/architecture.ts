import type { SessionArchitecture } from '../model.ts';
import { CLIENT_SESSION_NAMES } from '../classify/client-session.ts';
import type { KeyIndex } from './key-index.ts';
import { isSessionBearing, type TrackedKey } from './tracked-key.ts';

/** Why a site's sessions look the way they do; catalog key `architecture_evidence_<kind with _>`, `$1` the name. */
export type ArchitectureEvidence =
  | { readonly kind: 'opaque-session-cookie'; readonly cookie: string }
  | { readonly kind: 'opaque-bearer-token' }
  | { readonly kind: 'jwt-cookie'; readonly cookie: string }
  /** A framework's signed or encrypted cookie that holds the session itself (Flask, Rails, cookie-session…). */
  | { readonly kind: 'client-session-cookie'; readonly cookie: string; readonly framework: string }
  | { readonly kind: 'jwt-bearer-token' }
  | { readonly kind: 'load-balancer-cookie'; readonly cookie: string }
  /** A session value naming the backend that holds it (a jvmRoute suffix): sticky sessions behind a balancer. */
  | { readonly kind: 'backend-in-value'; readonly cookie: string }
  | { readonly kind: 'several-backends'; readonly cookie: string; readonly backends: number };

export interface SiteArchitecture {
  readonly site: string;
  readonly kind: SessionArchitecture;
  readonly evidence: readonly ArchitectureEvidence[];
}

type Style = 'server-session' | 'stateless-token' | 'load-balancer-sticky';

const STYLE: Record<ArchitectureEvidence['kind'], Style> = {
  'opaque-session-cookie': 'server-session',
  'opaque-bearer-token': 'server-session',
  'jwt-cookie': 'stateless-token',
  'client-session-cookie': 'stateless-token',
  'jwt-bearer-token': 'stateless-token',
  'load-balancer-cookie': 'load-balancer-sticky',
  'backend-in-value': 'load-balancer-sticky',
  'several-backends': 'load-balancer-sticky',
};

/**
 * What one key says about its site. A JWT in any cookie (even a CSRF one), or a framework's signed or
 * encrypted session cookie, shows state held by the client; an opaque session value points at state held on
 * the server; an affinity cookie, or values naming several
 * backends (BIG-IP members, jvmRoute suffixes), shows a load balancer pinning clients.
 */
const evidenceOf = (key: TrackedKey): ArchitectureEvidence[] => {
  const evidence: ArchitectureEvidence[] = [];
  const bearer = key.carrier === 'authorization-header';
  if (key.jwt) evidence.push(bearer ? { kind: 'jwt-bearer-token' } : { kind: 'jwt-cookie', cookie: key.name });
  else if (key.clientSession !== null) evidence.push({ kind: 'client-session-cookie', cookie: key.name, framework: CLIENT_SESSION_NAMES[key.clientSession] });
  else if (isSessionBearing(key.role)) evidence.push(bearer ? { kind: 'opaque-bearer-token' } : { kind: 'opaque-session-cookie', cookie: key.name });
  if (key.role === 'load-balancer') evidence.push({ kind: 'load-balancer-cookie', cookie: key.name });
  if (key.backends.size > 1) evidence.push({ kind: 'several-backends', cookie: key.name, backends: key.backends.size });
  else if (key.backends.size === 1 && isSessionBearing(key.role)) evidence.push({ kind: 'backend-in-value', cookie: key.name });
  return evidence;
};

const kindOf = (evidence: readonly ArchitectureEvidence[]): SessionArchitecture => {
  const styles = new Set(evidence.map((item) => STYLE[item.kind]));
  const [only] = styles;
  if (only === undefined) return 'unknown';
  return styles.size === 1 ? only : 'mixed';
};

/** The session architecture of every site that shows one, sorted by site. */
export const siteArchitectures = (keys: KeyIndex): SiteArchitecture[] => {
  const bySite = new Map<string, ArchitectureEvidence[]>();
  for (const key of keys.all()) {
    const evidence = evidenceOf(key);
    if (evidence.length === 0) continue;
    bySite.set(key.site, [...(bySite.get(key.site) ?? []), ...evidence]);
  }
  return [...bySite]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([site, evidence]) => ({ site, kind: kindOf(evidence), evidence }));
};
