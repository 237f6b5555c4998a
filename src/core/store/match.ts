import { isIpAddress } from '../site.ts';

/**
 * RFC 6265bis domain-match: `host` (canonical) is `domain` or a subdomain of it. An IP address only ever
 * matches itself, so `Domain=0.1` cannot widen a cookie set by `10.0.0.1`.
 */
export const domainMatches = (host: string, domain: string): boolean => {
  if (host === domain) return true;
  return (
    domain !== '' &&
    host.length > domain.length &&
    host.endsWith(domain) &&
    host.charCodeAt(host.length - domain.length - 1) === 0x2e &&
    !isIpAddress(host)
  );
};

/** RFC 6265bis path-match: the cookie path is the request path or a "/"-bounded prefix of it. */
export const pathMatches = (requestPath: string, cookiePath: string): boolean => {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charCodeAt(cookiePath.length) === 0x2f;
};

/** The path a cookie without a (valid) Path attribute gets: the request path up to its last "/". */
export const defaultPath = (urlPath: string): string => {
  if (!urlPath.startsWith('/')) return '/';
  const lastSlash = urlPath.lastIndexOf('/');
  return lastSlash === 0 ? '/' : urlPath.slice(0, lastSlash);
};

/** Every domain `host` domain-matches: itself, then each parent (`a.b.example` → `b.example`, `example`). */
export const domainsOf = (host: string): string[] => {
  if (isIpAddress(host)) return [host];
  const domains = [host];
  for (let dot = host.indexOf('.'); dot !== -1 && dot + 1 < host.length; dot = host.indexOf('.', dot + 1)) domains.push(host.slice(dot + 1));
  return domains;
};
