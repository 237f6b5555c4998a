/**
 * The one cookie model every source (Set-Cookie header, browser cookies API, HAR) normalises into.
 * Times are epoch milliseconds; hosts are canonical (lower-case, no leading dot).
 */

/** Invalid or absent SameSite values read as "unspecified", as browsers treat them. */
export type SameSite = 'strict' | 'lax' | 'none' | 'unspecified';

export type Priority = 'low' | 'medium' | 'high';

export type Expiry =
  | { readonly kind: 'session' }
  | { readonly kind: 'persistent'; readonly expiresAt: number };

/**
 * Where a cookie's facts came from. A cookie seen only in a request's `Cookie` header has unknown
 * attributes, so attribute rules must not judge it.
 */
export type CookieOrigin =
  | { readonly kind: 'set-cookie'; readonly header: string; readonly url: string }
  | { readonly kind: 'browser-api' }
  | { readonly kind: 'har-cookie'; readonly url: string }
  | { readonly kind: 'request-header'; readonly url: string };

export interface Cookie {
  readonly name: string;
  readonly value: string;
  readonly domain: string;
  readonly hostOnly: boolean;
  readonly path: string;
  readonly secure: boolean;
  readonly httpOnly: boolean;
  readonly sameSite: SameSite;
  readonly partitioned: boolean;
  /** The top-level site a partitioned (CHIPS) cookie is keyed by, when the browser reports one. */
  readonly partitionKey: string | null;
  readonly priority: Priority;
  readonly expiry: Expiry;
  readonly creationTime: number;
  readonly origin: CookieOrigin;
}

/**
 * What makes two cookies one in a jar (RFC 6265bis section 5.7: name, domain, host-only flag, path) and in
 * a CHIPS partition. The one identity every layer uses; see `cookieKey`.
 */
export type CookieIdentity = Pick<Cookie, 'name' | 'domain' | 'hostOnly' | 'path' | 'partitionKey'>;

/** The identity as a map key. NUL cannot occur in any of the parts (browsers refuse control characters). */
export const cookieKey = (cookie: CookieIdentity): string =>
  `${cookie.name}\u0000${cookie.domain}\u0000${cookie.hostOnly ? 'h' : 'd'}\u0000${cookie.path}\u0000${cookie.partitionKey ?? ''}`;

/** Names a cookie in a finding or a report: name, domain and path, as people and servers name one. */
export interface CookieRef {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
}

export type Severity = 'high' | 'medium' | 'low' | 'info';

/** A report's overall verdict, A best. */
export type Grade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';

/**
 * How a site keeps sessions: an opaque ID pointing at server state, the session carried by the client
 * (a JWT or a framework's signed cookie), a load balancer pinning clients, several of these, or no sign.
 */
export type SessionArchitecture = 'server-session' | 'stateless-token' | 'load-balancer-sticky' | 'mixed' | 'unknown';

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

export type Role =
  | 'session-id'
  | 'auth-token'
  | 'load-balancer'
  | 'csrf'
  | 'tracking'
  | 'preference'
  | 'unknown';

export const ROLES: readonly Role[] = [
  'session-id',
  'auth-token',
  'load-balancer',
  'csrf',
  'tracking',
  'preference',
  'unknown',
];

/** A reference as a map key: how a finding's cookie is found again among the cookies it names. */
export const cookieRefKey = (ref: CookieRef): string => `${ref.name}\u0000${ref.domain}\u0000${ref.path}`;

export const cookieRef = (cookie: CookieRef): CookieRef => ({
  name: cookie.name,
  domain: cookie.domain,
  path: cookie.path,
});
