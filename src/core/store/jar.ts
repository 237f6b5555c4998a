import type { Cookie } from '../model.ts';
import { domainMatches, pathMatches } from './match.ts';
import { requestTargetOf, type RequestTarget } from './request-url.ts';
import { decideStorage, isExpired, type StorageDecision } from './storage-decision.ts';

interface StoredCookie {
  readonly cookie: Cookie;
  /** Insertion order, kept on replacement: breaks ties between cookies created in the same millisecond. */
  readonly order: number;
}

/** Same name, domain, host-only flag and path: the cookie a new one replaces (RFC 6265bis section 5.7). */
const identityOf = (cookie: Cookie): string => JSON.stringify([cookie.name, cookie.domain, cookie.hostOnly, cookie.path]);

const isSentTo = (cookie: Cookie, target: RequestTarget): boolean =>
  (cookie.hostOnly ? target.host === cookie.domain : domainMatches(target.host, cookie.domain)) &&
  pathMatches(target.path, cookie.path) &&
  (!cookie.secure || target.secure);

/** Longer paths first, then earlier creation (RFC 6265bis section 5.8.3). */
const bySendingOrder = (a: StoredCookie, b: StoredCookie): number =>
  b.cookie.path.length - a.cookie.path.length ||
  a.cookie.creationTime - b.cookie.creationTime ||
  a.order - b.order;

const serialize = (cookie: Cookie): string => (cookie.name === '' ? cookie.value : `${cookie.name}=${cookie.value}`);

/**
 * An in-memory cookie store that behaves like a browser's for one top-level, same-site context: what a
 * sequence of Set-Cookie headers leaves behind and which `Cookie` header a later request carries.
 */
export class CookieJar {
  readonly #stored = new Map<string, StoredCookie>();
  #nextOrder = 0;

  /** Applies one Set-Cookie field value received for `url` at `now`; returns what happened to it. */
  setCookie(header: string, url: string, now: number): StorageDecision {
    this.#evictExpired(now);
    const decision = decideStorage(header, url, now);
    if (decision.kind === 'reject') return decision;
    const { cookie } = decision;
    if (this.#wouldOverwriteSecure(cookie, url)) {
      return { kind: 'reject', reason: 'overwrites-secure-cookie', cookie, anomalies: decision.anomalies };
    }
    const identity = identityOf(cookie);
    const old = this.#stored.get(identity);
    if (decision.kind === 'delete') {
      this.#stored.delete(identity);
      return decision;
    }
    const kept = old === undefined ? cookie : { ...cookie, creationTime: old.cookie.creationTime };
    this.#stored.set(identity, { cookie: kept, order: old?.order ?? this.#nextOrder++ });
    return { ...decision, cookie: kept };
  }

  /** The `Cookie` header value a request to `url` at `now` carries, or null for none. */
  cookieHeader(url: string, now: number): string | null {
    const target = requestTargetOf(url);
    if (target === null) return null;
    this.#evictExpired(now);
    const sent = [...this.#stored.values()].filter(({ cookie }) => isSentTo(cookie, target)).sort(bySendingOrder);
    return sent.length === 0 ? null : sent.map(({ cookie }) => serialize(cookie)).join('; ');
  }

  /** Every cookie still alive at `now`, oldest first. */
  cookies(now: number): readonly Cookie[] {
    this.#evictExpired(now);
    // Map order is insertion order, and a replacement keeps its predecessor's place.
    return [...this.#stored.values()].map(({ cookie }) => cookie);
  }

  /**
   * RFC 6265bis section 5.7: from a non-secure origin, a cookie may not overwrite or shadow a Secure cookie
   * of the same name whose domain matches either way and whose path the new one's path matches.
   */
  #wouldOverwriteSecure(cookie: Cookie, url: string): boolean {
    if (cookie.secure || requestTargetOf(url)?.secure === true) return false;
    for (const { cookie: stored } of this.#stored.values()) {
      if (
        stored.secure &&
        stored.name === cookie.name &&
        (domainMatches(stored.domain, cookie.domain) || domainMatches(cookie.domain, stored.domain)) &&
        pathMatches(cookie.path, stored.path)
      ) {
        return true;
      }
    }
    return false;
  }

  #evictExpired(now: number): void {
    for (const [identity, { cookie }] of this.#stored) if (isExpired(cookie, now)) this.#stored.delete(identity);
  }
}
