import type { CookieState } from '../cookie-state.ts';
import type { JsonObject } from '../json.ts';
import type { ClientSession } from './client-session.ts';
import type { Cookie, Role } from '../model.ts';
import type { Anomaly } from '../parse/anomaly.ts';

export type Party = 'first' | 'third';

export type Scope = 'host-only' | 'domain';

export type Lifetime =
  /** Seen only in a request's `Cookie` header, which carries no expiry: neither session nor persistent. */
  | { readonly kind: 'unknown' }
  | { readonly kind: 'session' }
  | { readonly kind: 'persistent'; readonly remainingSeconds: number }
  | { readonly kind: 'expired' };

/** Why a cookie got its role; catalog key `evidence_<kind with _>` with `$1` the detail. */
export type RoleEvidence =
  | { readonly kind: 'framework-name'; readonly framework: string }
  | { readonly kind: 'name-keyword'; readonly keyword: string }
  | { readonly kind: 'jwt-value' }
  /** A session the framework keeps in the cookie itself, in that framework's format. */
  | { readonly kind: 'client-session-value'; readonly framework: string }
  | { readonly kind: 'bearer-like-value'; readonly entropyBits: number }
  | { readonly kind: 'random-value'; readonly entropyBits: number }
  | { readonly kind: 'load-balancer-name'; readonly product: string }
  | { readonly kind: 'load-balancer-value'; readonly product: string }
  | { readonly kind: 'tracker-name'; readonly vendor: string }
  | { readonly kind: 'preference-name'; readonly keyword: string }
  /** `<name>.sig`: the keygrip signature of a sibling cookie (cookie-session, koa-session), no session of its own. */
  | { readonly kind: 'signature-cookie'; readonly signs: string }
  | { readonly kind: 'no-evidence' };

export interface RoleVerdict {
  readonly role: Role;
  readonly evidence: readonly RoleEvidence[];
}

/** A JWT's readable parts. Never verified: Crumbtrail holds no keys and only shows what the token claims. */
export interface DecodedJwt {
  readonly header: JsonObject;
  readonly claims: JsonObject;
  readonly alg: string | null;
}

/** Where a load-balancer affinity cookie pins the client, when its value gives it away. */
export type LoadBalancerBackend =
  | { readonly kind: 'bigip-ipv4'; readonly address: string; readonly port: number }
  | { readonly kind: 'bigip-ipv6'; readonly address: string; readonly port: number }
  | { readonly kind: 'bigip-route-domain'; readonly routeDomain: number; readonly address: string; readonly port: number }
  | { readonly kind: 'named-server'; readonly server: string };

export interface ClassifiedCookie {
  readonly cookie: Cookie;
  readonly role: RoleVerdict;
  readonly party: Party;
  readonly scope: Scope;
  readonly lifetime: Lifetime;
  readonly jwt: DecodedJwt | null;
  /** A session kept in the cookie itself by a framework's signed or encrypted format (a JWT is in `jwt`). */
  readonly clientSession: ClientSession | null;
  readonly backend: LoadBalancerBackend | null;
  /**
   * Estimated bits of randomness in the value of a secret-bearing cookie (session id, auth token, CSRF
   * token); null for other roles, where guessability does not matter, or when the value is too short to judge.
   */
  readonly entropyBits: number | null;
  /** What the Set-Cookie parser met on the way, when the cookie came from a header. */
  readonly anomalies: readonly Anomaly[];
  /** Held, cleared, refused by the browser, or not held: rules about the browser's refusal read it. */
  readonly state: CookieState;
}

export interface ClassifyContext {
  /** The inspected page: decides first vs third party. */
  readonly pageUrl: string;
  readonly now: number;
}
