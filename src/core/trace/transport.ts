import { canonicalHost } from '../site.ts';
import type { SplitUrl } from './url-split.ts';

/**
 * Loopback hosts count as secure transport, as browsers treat them (`http://localhost` and `127.0.0.1` are
 * "potentially trustworthy" origins): traffic to them never leaves the machine.
 */
export const isLoopbackHost = (host: string): boolean => {
  const canonical = canonicalHost(host);
  return canonical === 'localhost' || canonical.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(canonical) || canonical === '::1';
};

/** Cleartext over the network: `http:` or `ws:` to anything but loopback. */
export const isPlainHttp = (url: Pick<SplitUrl, 'protocol' | 'hostname'>): boolean =>
  (url.protocol === 'http:' || url.protocol === 'ws:') && !isLoopbackHost(url.hostname);
