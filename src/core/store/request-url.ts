import { canonicalHost } from '../site.ts';
import { splitUrl } from '../url-split.ts';

/** What cookie storage and sending need to know about a request URL. */
export interface RequestTarget {
  /** Canonical host: lower-case, no trailing dot, IPv6 without brackets. */
  readonly host: string;
  /** The path as sent, still percent-encoded, as browsers path-match it. */
  readonly path: string;
  /** https/wss, or a loopback host, which browsers treat as secure for cookies. */
  readonly secure: boolean;
}

const SECURE_SCHEMES = new Set(['https:', 'wss:']);
const LOOPBACK_IPV4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** Loopback names and addresses (canonical host): potentially trustworthy origins even over plain http. */
export const isLoopbackHost = (host: string): boolean =>
  host === 'localhost' || host.endsWith('.localhost') || host === '::1' || LOOPBACK_IPV4.test(host);

/** The target of a URL already split into its scheme (`https:`), host name and path; null without a host. */
export const requestTargetFrom = (protocol: string, hostname: string, path: string): RequestTarget | null => {
  const host = canonicalHost(hostname);
  if (host === '') return null;
  return { host, path, secure: SECURE_SCHEMES.has(protocol) || isLoopbackHost(host) };
};

/** The target of a request URL, read as written (a recorded URL is the browser's own), or null without a host. */
export const requestTargetOf = (url: string): RequestTarget | null => {
  const parsed = splitUrl(url);
  return parsed === null ? null : requestTargetFrom(parsed.protocol, parsed.hostname, parsed.pathname);
};
