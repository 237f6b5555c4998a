import type { LoadBalancerBackend } from '../classify/types.ts';
import { fullMatch, sameForEveryRole, cookieRule } from './rule.ts';

/** In the notation the load balancer's own documentation uses (F5 writes a route domain as `%n`). */
const backendText = (backend: LoadBalancerBackend): string => {
  switch (backend.kind) {
    case 'bigip-ipv4':
      return `${backend.address}:${String(backend.port)}`;
    case 'bigip-ipv6':
      return `[${backend.address}]:${String(backend.port)}`;
    case 'bigip-route-domain':
      return `${backend.address}%${String(backend.routeDomain)}:${String(backend.port)}`;
    case 'named-server':
      return backend.server;
  }
};

/** An unencrypted affinity cookie tells every visitor the internal address of the server behind it. */
export const lbCookieRevealsBackend = cookieRule({
  id: 'lb-cookie-reveals-backend',
  reads: 'name-and-value',
  severity: sameForEveryRole('low'),
  check: ({ backend }) => (backend === null ? null : fullMatch(backendText(backend))),
});
