import { cookieKey, type Cookie } from '../model.ts';
import type { Anomaly } from '../parse/anomaly.ts';
import { ExpiryQueue } from './expiry-queue.ts';
import { domainMatches, domainsOf, pathMatches } from './match.ts';
import { requestTargetOf, type RequestTarget } from './request-url.ts';
import { decideStorage, type RejectReason } from './storage-decision.ts';

/** What one Set-Cookie did to the jar: every line has exactly one outcome. */
export type SetCookieOutcome =
  | { readonly kind: 'stored'; readonly cookie: Cookie; readonly anomalies: readonly Anomaly[]; readonly expiryCapped: boolean }
  /** Replaced a cookie of the same identity (its creation time is kept, RFC 6265bis section 5.7). */
  | { readonly kind: 'updated'; readonly cookie: Cookie; readonly previous: Cookie; readonly anomalies: readonly Anomaly[]; readonly expiryCapped: boolean }
  /** Already expired: removes the cookie of the same identity, if the jar held one. */
  | { readonly kind: 'deleted'; readonly cookie: Cookie; readonly removed: Cookie | null; readonly anomalies: readonly Anomaly[] }
  /** `cookie` is the cookie as it would have been; null only when the line names none. */
  | { readonly kind: 'refused'; readonly reason: RejectReason; readonly cookie: Cookie | null; readonly anomalies: readonly Anomaly[] };

interface StoredCookie {
  readonly key: string;
  readonly cookie: Cookie;
  /** Insertion order, kept on replacement: breaks ties between cookies created in the same millisecond. */
  readonly order: number;
}

/** Longer paths first, then earlier creation (RFC 6265bis section 5.8.3). */
const bySendingOrder = (a: StoredCookie, b: StoredCookie): number =>
  b.cookie.path.length - a.cookie.path.length || a.cookie.creationTime - b.cookie.creationTime || a.order - b.order;

const byOrder = (a: StoredCookie, b: StoredCookie): number => a.order - b.order;

const serialize = (cookie: Cookie): string => (cookie.name === '' ? cookie.value : `${cookie.name}=${cookie.value}`);

/** Host-only cookies go to their host alone; a partitioned one only within its top-level site. */
const appliesTo = (cookie: Cookie, target: RequestTarget, partitionSite: string | null): boolean =>
  (!cookie.hostOnly || target.host === cookie.domain) && (cookie.partitionKey === null || cookie.partitionKey === partitionSite);

/** The attribute checks of RFC 6265bis section 5.8.3 that do not depend on the request's context. */
const isSentTo = (cookie: Cookie, target: RequestTarget): boolean => pathMatches(target.path, cookie.path) && (!cookie.secure || target.secure);

/**
 * The cookie store of one browser profile, as RFC 6265bis describes it and as the http-state suite measures
 * it: what a sequence of Set-Cookie headers leaves behind, the outcome of each, and which cookies a request
 * can carry. Partitioned (CHIPS) cookies are kept per top-level site. Indexed by domain and name, so each
 * operation costs what the cookies of the hosts involved cost, not the whole jar.
 */
export class CookieJar {
  readonly #byDomain = new Map<string, Map<string, StoredCookie>>();
  /** Only Secure cookies: the ones a cookie from a non-secure origin may not overwrite. */
  readonly #secureByName = new Map<string, Set<StoredCookie>>();
  readonly #expiries = new ExpiryQueue<StoredCookie>();
  #nextOrder = 0;

  /**
   * Applies one Set-Cookie field value received for `url` at `now`. `partitionSite` is the top-level site the
   * response was for (the key of a Partitioned cookie), null when unknown.
   */
  setCookie(header: string, url: string, now: number, partitionSite: string | null = null): SetCookieOutcome {
    this.evictExpired(now);
    const decision = decideStorage(header, url, now, partitionSite);
    if (decision.kind === 'refused') return decision;
    const { cookie, anomalies } = decision;
    if (this.#wouldOverwriteSecure(cookie, url)) return { kind: 'refused', reason: 'overwrites-secure-cookie', cookie, anomalies };
    const key = cookieKey(cookie);
    const old = this.#byDomain.get(cookie.domain)?.get(key);
    if (old !== undefined) this.#remove(old);
    if (decision.kind === 'delete') return { kind: 'deleted', cookie, removed: old?.cookie ?? null, anomalies };
    const kept = old === undefined ? cookie : { ...cookie, creationTime: old.cookie.creationTime };
    this.#add({ key, cookie: kept, order: old?.order ?? this.#nextOrder++ });
    const { expiryCapped } = decision;
    return old === undefined ? { kind: 'stored', cookie: kept, anomalies, expiryCapped } : { kind: 'updated', cookie: kept, previous: old.cookie, anomalies, expiryCapped };
  }

  /** The `Cookie` header value a same-site request to `url` at `now` carries, or null for none. */
  cookieHeader(url: string, now: number, partitionSite: string | null = null): string | null {
    const target = requestTargetOf(url);
    if (target === null) return null;
    const sent = this.#applicable(target, now, partitionSite).filter((stored) => isSentTo(stored.cookie, target)).sort(bySendingOrder);
    return sent.length === 0 ? null : sent.map(({ cookie }) => serialize(cookie)).join('; ');
  }

  /**
   * Every live cookie whose domain covers the request's host, whatever its path or Secure flag: the
   * candidates a request may carry or withhold.
   */
  cookiesFor(target: RequestTarget, now: number, partitionSite: string | null): Cookie[] {
    return this.#applicable(target, now, partitionSite).sort(bySendingOrder).map(({ cookie }) => cookie);
  }

  /** Every cookie still alive at `now`, in the order they were first stored. */
  cookies(now: number): readonly Cookie[] {
    this.evictExpired(now);
    return [...this.#byDomain.values()].flatMap((cookies) => [...cookies.values()]).sort(byOrder).map(({ cookie }) => cookie);
  }

  /** Removes every cookie whose expiry is at or before `now` and returns them, earliest first. */
  evictExpired(now: number): Cookie[] {
    const evicted: Cookie[] = [];
    for (const stored of this.#expiries.takeDue(now)) {
      // Replaced or deleted since it was queued: not this entry's expiry any more.
      if (this.#byDomain.get(stored.cookie.domain)?.get(stored.key) !== stored) continue;
      this.#remove(stored);
      evicted.push(stored.cookie);
    }
    return evicted;
  }

  /** Forgets a cookie the browser turned out not to hold. */
  forget(cookie: Cookie): void {
    const stored = this.#byDomain.get(cookie.domain)?.get(cookieKey(cookie));
    if (stored !== undefined) this.#remove(stored);
  }

  #applicable(target: RequestTarget, now: number, partitionSite: string | null): StoredCookie[] {
    this.evictExpired(now);
    const found: StoredCookie[] = [];
    for (const domain of domainsOf(target.host)) {
      const cookies = this.#byDomain.get(domain);
      if (cookies !== undefined) for (const stored of cookies.values()) if (appliesTo(stored.cookie, target, partitionSite)) found.push(stored);
    }
    return found;
  }

  #add(stored: StoredCookie): void {
    const { cookie } = stored;
    let cookies = this.#byDomain.get(cookie.domain);
    if (cookies === undefined) {
      cookies = new Map();
      this.#byDomain.set(cookie.domain, cookies);
    }
    cookies.set(stored.key, stored);
    if (cookie.secure) {
      const named = this.#secureByName.get(cookie.name) ?? new Set();
      this.#secureByName.set(cookie.name, named.add(stored));
    }
    if (cookie.expiry.kind === 'persistent') this.#expiries.push(cookie.expiry.expiresAt, stored);
  }

  #remove(stored: StoredCookie): void {
    const cookies = this.#byDomain.get(stored.cookie.domain);
    cookies?.delete(stored.key);
    if (cookies?.size === 0) this.#byDomain.delete(stored.cookie.domain);
    const named = this.#secureByName.get(stored.cookie.name);
    named?.delete(stored);
    if (named?.size === 0) this.#secureByName.delete(stored.cookie.name);
  }

  /**
   * RFC 6265bis section 5.7: from a non-secure origin, a cookie may not overwrite or shadow a Secure cookie
   * of the same name whose domain matches either way and whose path the new one's path matches.
   */
  #wouldOverwriteSecure(cookie: Cookie, url: string): boolean {
    // Most names have no Secure cookie: look that up before parsing the URL.
    const secureNamed = this.#secureByName.get(cookie.name);
    if (cookie.secure || secureNamed === undefined || requestTargetOf(url)?.secure === true) return false;
    for (const { cookie: stored } of secureNamed) {
      if ((domainMatches(stored.domain, cookie.domain) || domainMatches(cookie.domain, stored.domain)) && pathMatches(cookie.path, stored.path)) return true;
    }
    return false;
  }
}
