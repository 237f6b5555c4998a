import { canonicalHost } from '../site.ts';
import { isLoopbackHost } from '../store/request-url.ts';
import type { SplitUrl } from '../url-split.ts';

/**
 * Cleartext over the network: `http:` or `ws:` to anything but loopback, which browsers treat as secure
 * (`http://localhost` is a "potentially trustworthy" origin): traffic to it never leaves the machine.
 */
export const isPlainHttp = (url: Pick<SplitUrl, 'protocol' | 'hostname'>): boolean =>
  (url.protocol === 'http:' || url.protocol === 'ws:') && !isLoopbackHost(canonicalHost(url.hostname));
