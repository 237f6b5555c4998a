import type { Cookie, Expiry } from '../model.ts';
import type { Anomaly } from '../parse/anomaly.ts';
import { replaceControlCharacters } from '../parse/characters.ts';
import { parseSetCookie, type ParsedSetCookie, type SetCookieAttributes } from '../parse/set-cookie.ts';
import { isPublicSuffix } from '../site.ts';
import { defaultPath, domainMatches } from './match.ts';
import { prefixViolations, type PrefixViolation } from './prefix.ts';
import { requestTargetOf, type RequestTarget } from './request-url.ts';

/** Why a browser would not store a Set-Cookie; each has catalog key `reject_<reason with _>`. */
export type RejectReason =
  /** Nothing to store: neither name nor value. */
  | 'unparseable'
  /** A control character anywhere in the line (RFC 6265bis section 5.6 ignores the whole line). */
  | 'control-character'
  | 'name-value-too-long'
  | 'invalid-request-url'
  /** `=a=b`: would be sent as `a=b`, i.e. as a cookie named `a` (httpwg/http-extensions#1210). */
  | 'nameless-value-with-equals'
  | 'public-suffix-domain'
  | 'domain-mismatch'
  | 'secure-from-insecure-origin'
  | 'samesite-none-without-secure'
  | 'partitioned-without-secure'
  | PrefixViolation
  /** Set from a non-secure origin over a Secure cookie of the same name (decided by the jar). */
  | 'overwrites-secure-cookie';

export type StorageDecision =
  | {
      readonly kind: 'store';
      readonly cookie: Cookie;
      readonly anomalies: readonly Anomaly[];
      /** The expiry asked for was later than browsers keep a cookie (400 days) and was brought forward. */
      readonly expiryCapped: boolean;
    }
  /** Already expired: stores nothing and removes a stored cookie of the same name, domain and path. */
  | { readonly kind: 'delete'; readonly cookie: Cookie; readonly anomalies: readonly Anomaly[] }
  | {
      readonly kind: 'refused';
      readonly reason: RejectReason;
      /** The cookie as it would have been; null only when the line names no cookie at all. */
      readonly cookie: Cookie | null;
      readonly anomalies: readonly Anomaly[];
    };

/** Chromium and Firefox keep a cookie at most 400 days from when it is set (RFC 6265bis section 5.5). */
export const MAX_COOKIE_LIFETIME_MS = 400 * 24 * 60 * 60 * 1000;

const SESSION: Expiry = { kind: 'session' };

interface ExpiryDecision {
  readonly expiry: Expiry;
  readonly capped: boolean;
}

/** Max-Age wins over Expires; Max-Age of zero or less expires the cookie now. */
const expiryOf = (attributes: SetCookieAttributes, now: number): ExpiryDecision => {
  const { maxAge, expires } = attributes;
  const requested = maxAge === null ? expires : maxAge <= 0 ? now : now + maxAge * 1000;
  if (requested === null) return { expiry: SESSION, capped: false };
  const latest = now + MAX_COOKIE_LIFETIME_MS;
  const capped = requested > latest;
  return { expiry: { kind: 'persistent', expiresAt: capped ? latest : requested }, capped };
};

export const isExpired = (cookie: Pick<Cookie, 'expiry'>, now: number): boolean =>
  cookie.expiry.kind === 'persistent' && cookie.expiry.expiresAt <= now;

interface DomainScope {
  readonly domain: string;
  readonly hostOnly: boolean;
  readonly rejection: RejectReason | null;
}

const domainScopeOf = (attribute: string | null, host: string): DomainScope => {
  if (attribute === null) return { domain: host, hostOnly: true, rejection: null };
  if (isPublicSuffix(attribute)) {
    // RFC 6265bis 5.7 step 9: a public suffix that is the request host itself gives a host-only cookie.
    if (attribute === host) return { domain: host, hostOnly: true, rejection: null };
    return { domain: attribute, hostOnly: false, rejection: 'public-suffix-domain' };
  }
  const rejection = domainMatches(host, attribute) ? null : 'domain-mismatch';
  return { domain: attribute, hostOnly: false, rejection };
};

/** The checks after Domain, in the order RFC 6265bis section 5.7 makes them. */
const rejectionOf = (cookie: Cookie, target: RequestTarget): RejectReason | null => {
  if (cookie.secure && !target.secure) return 'secure-from-insecure-origin';
  if (cookie.sameSite === 'none' && !cookie.secure) return 'samesite-none-without-secure';
  if (cookie.partitioned && !cookie.secure) return 'partitioned-without-secure';
  return prefixViolations(cookie)[0] ?? null;
};

/**
 * A line the parser ignores whole still names a cookie a site meant to set, and that cookie's rules still
 * apply (an oversized session cookie is a bug to report): it is read again with the obstacle taken out,
 * control characters as U+FFFD, an oversized name and value as a stand-in, then given back its own.
 */
const wouldBeParse = (header: string, anomalies: readonly Anomaly[]): { parsed: ParsedSetCookie | null; reason: RejectReason } => {
  if (anomalies.some((anomaly) => anomaly.kind === 'control-character')) {
    return { parsed: parseSetCookie(replaceControlCharacters(header)).cookie, reason: 'control-character' };
  }
  if (!anomalies.some((anomaly) => anomaly.kind === 'name-value-too-long')) return { parsed: null, reason: 'unparseable' };
  const pairEnd = header.includes(';') ? header.indexOf(';') : header.length;
  const pair = header.slice(0, pairEnd);
  const equals = pair.indexOf('=');
  const attributes = parseSetCookie(`x=y${header.slice(pairEnd)}`).cookie?.attributes;
  if (attributes === undefined) return { parsed: null, reason: 'name-value-too-long' };
  const name = equals < 0 ? '' : pair.slice(0, equals).trim();
  return { parsed: { name, value: pair.slice(equals + 1).trim(), attributes }, reason: 'name-value-too-long' };
};

const cookieOf = (
  parsed: ParsedSetCookie,
  scope: DomainScope,
  target: RequestTarget,
  expiry: Expiry,
  origin: { readonly header: string; readonly url: string; readonly now: number; readonly partitionSite: string | null },
): Cookie => {
  const { attributes } = parsed;
  return {
    name: parsed.name,
    value: parsed.value,
    domain: scope.domain,
    hostOnly: scope.hostOnly,
    path: attributes.path ?? defaultPath(target.path),
    secure: attributes.secure,
    httpOnly: attributes.httpOnly,
    sameSite: attributes.sameSite,
    partitioned: attributes.partitioned,
    partitionKey: attributes.partitioned ? origin.partitionSite : null,
    priority: attributes.priority,
    expiry,
    creationTime: origin.now,
    origin: { kind: 'set-cookie', header: origin.header, url: origin.url },
  };
};

/**
 * What a browser does with one Set-Cookie field value received for `requestUrl` at `now` (epoch ms): store
 * the cookie, delete a stored one (already expired), or refuse it and why. `partitionSite` is the top-level
 * site a Partitioned cookie is kept under (null when unknown). Covers everything that does not depend on the
 * cookies already stored; see CookieJar for the rest. Never throws.
 */
export const decideStorage = (header: string, requestUrl: string, now: number, partitionSite: string | null = null): StorageDecision => {
  const { cookie: parsedLine, anomalies } = parseSetCookie(header);
  const wouldBe = parsedLine === null ? wouldBeParse(header, anomalies) : null;
  const parsed = parsedLine ?? wouldBe?.parsed ?? null;
  const target = requestTargetOf(requestUrl);
  if (parsed === null) return { kind: 'refused', reason: wouldBe?.reason ?? 'unparseable', cookie: null, anomalies };
  if (target === null) return { kind: 'refused', reason: 'invalid-request-url', cookie: null, anomalies };
  const scope = domainScopeOf(parsed.attributes.domain, target.host);
  const { expiry, capped } = expiryOf(parsed.attributes, now);
  const cookie = cookieOf(parsed, scope, target, expiry, { header, url: requestUrl, now, partitionSite });
  // Browsers refuse `=a=b`: it would be sent as `a=b`, a cookie named `a`.
  const nameless = parsed.name === '' && parsed.value.includes('=') ? 'nameless-value-with-equals' : null;
  const reason = wouldBe?.reason ?? nameless ?? scope.rejection ?? rejectionOf(cookie, target);
  if (reason !== null) return { kind: 'refused', reason, cookie, anomalies };
  if (isExpired(cookie, now)) return { kind: 'delete', cookie, anomalies };
  return { kind: 'store', cookie, anomalies, expiryCapped: capped };
};
