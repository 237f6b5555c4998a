import { getDomain, getPublicSuffix } from 'tldts';

/** Options shared by every lookup: private suffixes (github.io, …) count, and IPs have no registrable domain. */
const OPTIONS = { allowPrivateDomains: true, extractHostname: false, validateHostname: false } as const;

/** Lower-case, no trailing dot, IPv6 without brackets: how RFC 6265bis canonicalises a host. */
export const canonicalHost = (host: string): string =>
  host.toLowerCase().replace(/\.$/, '').replace(/^\[(.*)\]$/, '$1');

/** A dotted IPv4 address or any IPv6 address (canonical host: no brackets). */
export const isIpAddress = (host: string): boolean => /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');

/**
 * The site (registrable domain, "eTLD+1") a host belongs to. An IP address or a bare name such as
 * `localhost` is its own site.
 */
export const siteOf = (host: string): string => {
  const canonical = canonicalHost(host);
  if (isIpAddress(canonical)) return canonical;
  return getDomain(canonical, OPTIONS) ?? canonical;
};

/** True when a Domain attribute names a public suffix (`com`, `co.kr`, `github.io`) rather than a site. */
export const isPublicSuffix = (host: string): boolean => {
  const canonical = canonicalHost(host);
  if (isIpAddress(canonical)) return false;
  return getPublicSuffix(canonical, OPTIONS) === canonical && getDomain(canonical, OPTIONS) === null;
};
