import { describe, expect, it } from 'vitest';
import { decodeBigIp } from '../../../src/core/classify/bigip.ts';

// Vectors from F5 article K6917 (10.1.1.100 port 80 and 8080) and the examples public decoders test against.
describe('decodeBigIp', () => {
  it('decodes the default IPv4 form: little-endian address, byte-swapped port', () => {
    expect(decodeBigIp('1677787402.36895.0000')).toEqual({ kind: 'bigip-ipv4', address: '10.1.1.100', port: 8080 });
    expect(decodeBigIp('1677787402.20480.0000')).toEqual({ kind: 'bigip-ipv4', address: '10.1.1.100', port: 80 });
    expect(decodeBigIp('2064452106.47873.0000')).toEqual({ kind: 'bigip-ipv4', address: '10.10.13.123', port: 443 });
  });

  it('decodes the IPv4 route-domain form: network-order hex address, plain port', () => {
    expect(decodeBigIp('rd5o00000000000000000000ffffc0000201o80')).toEqual({
      kind: 'bigip-route-domain',
      routeDomain: 5,
      address: '192.0.2.1',
      port: 80,
    });
  });

  it('decodes the IPv6 form with a byte-swapped port, compressing the address per RFC 5952', () => {
    expect(decodeBigIp('vi20010112000000000000000000000030.20480')).toEqual({
      kind: 'bigip-ipv6',
      address: '2001:112::30',
      port: 80,
    });
    expect(decodeBigIp('vi20010db8000100020003000400050006.20480')).toMatchObject({ address: '2001:db8:1:2:3:4:5:6' });
    expect(decodeBigIp('vi20010db8000000010000000000000001.20480')).toMatchObject({ address: '2001:db8:0:1::1' });
  });

  it('decodes the IPv6 route-domain form', () => {
    expect(decodeBigIp('rd3o20010112000000000000000000000030o80')).toEqual({
      kind: 'bigip-route-domain',
      routeDomain: 3,
      address: '2001:112::30',
      port: 80,
    });
  });

  it('returns null for encrypted values, out-of-range fields and other cookies', () => {
    expect(decodeBigIp('!VPyexJn/769hVyb9FVTnmPYOSADbxpddXoz+VcGjdpv7+MdiHxdFdc7OgVGeKLfKY/RlKPU7JJYcHwA=')).toBeNull();
    expect(decodeBigIp('4294967296.20480.0000')).toBeNull();
    expect(decodeBigIp('1677787402.65536.0000')).toBeNull();
    expect(decodeBigIp('rd5o00000000000000000000ffffc0000201o65536')).toBeNull();
    expect(decodeBigIp('1677787402.20480.0001')).toBeNull();
    expect(decodeBigIp('5C1C717F91936A1F9794AC93D4CEF9B6.2-106-8')).toBeNull();
    expect(decodeBigIp('')).toBeNull();
  });
});
