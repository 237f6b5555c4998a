import { isHeaderNamed, type Exchange } from '../exchange.ts';
import { parseSetCookie } from '../parse/set-cookie.ts';
import { canonicalHost } from '../site.ts';
import { requestTargetOf } from './request-url.ts';

/**
 * Every domain a recording's cookies may live on: the hosts that sent or set one, and each Domain a
 * Set-Cookie named. Whoever asks a browser what it holds of the recording asks about each.
 */
export const cookieDomainsOf = (exchanges: readonly Exchange[]): string[] => {
  const domains = new Set<string>();
  for (const exchange of exchanges) {
    const sets = exchange.response.kind === 'received' ? exchange.response.headers.filter((header) => isHeaderNamed(header, 'set-cookie')) : [];
    const sends = exchange.requestHeaders.some((header) => isHeaderNamed(header, 'cookie'));
    if (sets.length === 0 && !sends) continue;
    const host = requestTargetOf(exchange.url)?.host;
    if (host !== undefined) domains.add(host);
    for (const { value } of sets) {
      const domain = parseSetCookie(value).cookie?.attributes.domain;
      if (domain !== undefined && domain !== null) domains.add(canonicalHost(domain));
    }
  }
  return [...domains];
};
