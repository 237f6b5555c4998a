import { describe, expect, it } from 'vitest';
import { backendOf } from '../../../src/core/classify/backend.ts';

describe('backendOf', () => {
  it('decodes a BIG-IP value whatever the cookie is called', () => {
    expect(backendOf('BIGipServerweb_pool', '1677787402.36895.0000')).toEqual({
      kind: 'bigip-ipv4',
      address: '10.1.1.100',
      port: 8080,
    });
    expect(backendOf('LBSESSIONID', '1677787402.20480.0000')?.kind).toBe('bigip-ipv4');
  });

  it('reads the server HAProxy names in SERVERID, with or without a prefixed app cookie', () => {
    expect(backendOf('SERVERID', 'app2')).toEqual({ kind: 'named-server', server: 'app2' });
    expect(backendOf('SERVERID', 's1~a3f0c9')).toEqual({ kind: 'named-server', server: 's1' });
    expect(backendOf('SERVERID', 's1|ZxYz|ZxYz')).toEqual({ kind: 'named-server', server: 's1' });
  });

  it('reads the route Apache mod_proxy_balancer puts after the first dot', () => {
    expect(backendOf('ROUTEID', '.node3')).toEqual({ kind: 'named-server', server: 'node3' });
    expect(backendOf('BALANCEID', 'balancer.worker1')).toEqual({ kind: 'named-server', server: 'worker1' });
  });

  it('reads a servlet jvmRoute suffix from JSESSIONID', () => {
    expect(backendOf('JSESSIONID', '5C1C717F91936A1F9794AC93D4CEF9B6.2-106-8')).toEqual({
      kind: 'named-server',
      server: '2-106-8',
    });
    expect(backendOf('JSESSIONID', 'ABCDEF0123456789ABCDEF.node2')).toEqual({ kind: 'named-server', server: 'node2' });
  });

  it('names nothing when the value is opaque or the name is not an affinity cookie', () => {
    expect(backendOf('JSESSIONID', '5C1C717F91936A1F9794AC93D4CEF9B6')).toBeNull();
    expect(backendOf('AWSALB', 'a8Kx0ZpQ1rT5+vW/yZ3mN7bC9dE1fG3hJ5kL7mN9pQ==')).toBeNull();
    expect(backendOf('ROUTEID', 'no-dot')).toBeNull();
    expect(backendOf('SERVERID', '<script>')).toBeNull();
    expect(backendOf('session', 'abc.node2')).toBeNull();
  });
});
