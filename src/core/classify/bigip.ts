import type { LoadBalancerBackend } from './types.ts';

/*
 * The four unencrypted value formats of an F5 BIG-IP persistence cookie (F5 article K6917). Encrypted
 * values (`!…`) hide the member and decode to nothing.
 */
const IPV4_MEMBER = /^(\d{1,10})\.(\d{1,5})\.0000$/;
const IPV4_ROUTE_DOMAIN_MEMBER = /^rd(\d{1,5})o0{20}ffff([0-9a-f]{8})o(\d{1,5})$/i;
const IPV6_MEMBER = /^vi([0-9a-f]{32})\.(\d{1,5})$/i;
const IPV6_ROUTE_DOMAIN_MEMBER = /^rd(\d{1,5})o([0-9a-f]{32})o(\d{1,5})$/i;

const MAX_PORT = 0xffff;
const MAX_IPV4 = 0xffffffff;

/** A port field stored with its two bytes swapped (the IPv4 and IPv6 forms without a route domain). */
const swappedPort = (field: string): number | null => {
  const stored = Number(field);
  if (stored > MAX_PORT) return null;
  return ((stored & 0xff) << 8) | (stored >> 8);
};

/** A port field in plain decimal (the route-domain forms). */
const plainPort = (field: string): number | null => {
  const port = Number(field);
  return port > MAX_PORT ? null : port;
};

/** The IPv4 field is the decimal of the address read as a little-endian 32-bit number. */
const littleEndianIpv4 = (field: string): string | null => {
  const encoded = Number(field);
  if (encoded > MAX_IPV4) return null;
  return [0, 8, 16, 24].map((shift) => Math.floor(encoded / 2 ** shift) % 256).join('.');
};

/** The route-domain IPv4 form spells the address in network-order hex. */
const hexIpv4 = (hex: string): string =>
  [0, 2, 4, 6].map((offset) => parseInt(hex.slice(offset, offset + 2), 16)).join('.');

/** RFC 5952 text: lower-case groups without leading zeros, the longest run of two or more zero groups as `::`. */
const hexIpv6 = (hex: string): string => {
  const groups = Array.from({ length: 8 }, (_, index) => parseInt(hex.slice(index * 4, index * 4 + 4), 16).toString(16));
  let bestStart = -1;
  let bestLength = 1;
  let runStart = -1;
  groups.forEach((group, index) => {
    if (group !== '0') {
      runStart = -1;
      return;
    }
    if (runStart === -1) runStart = index;
    const runLength = index - runStart + 1;
    if (runLength > bestLength) {
      bestStart = runStart;
      bestLength = runLength;
    }
  });
  if (bestStart === -1) return groups.join(':');
  const head = groups.slice(0, bestStart).join(':');
  const tail = groups.slice(bestStart + bestLength).join(':');
  return `${head}::${tail}`;
};

const decodeIpv4 = ([, addressField = '', portField = '']: RegExpExecArray): LoadBalancerBackend | null => {
  const address = littleEndianIpv4(addressField);
  const port = swappedPort(portField);
  return address === null || port === null ? null : { kind: 'bigip-ipv4', address, port };
};

const decodeIpv6 = ([, hex = '', portField = '']: RegExpExecArray): LoadBalancerBackend | null => {
  const port = swappedPort(portField);
  return port === null ? null : { kind: 'bigip-ipv6', address: hexIpv6(hex), port };
};

const decodeRouteDomain =
  (formatAddress: (hex: string) => string) =>
  ([, routeDomain = '', hex = '', portField = '']: RegExpExecArray): LoadBalancerBackend | null => {
    const port = plainPort(portField);
    if (port === null) return null;
    return { kind: 'bigip-route-domain', routeDomain: Number(routeDomain), address: formatAddress(hex), port };
  };

const FORMATS: readonly (readonly [RegExp, (match: RegExpExecArray) => LoadBalancerBackend | null])[] = [
  [IPV4_MEMBER, decodeIpv4],
  [IPV4_ROUTE_DOMAIN_MEMBER, decodeRouteDomain(hexIpv4)],
  [IPV6_MEMBER, decodeIpv6],
  [IPV6_ROUTE_DOMAIN_MEMBER, decodeRouteDomain(hexIpv6)],
];

/** The pool member an unencrypted BIG-IP persistence cookie value points at; null for anything else. */
export const decodeBigIp = (value: string): LoadBalancerBackend | null => {
  for (const [format, decode] of FORMATS) {
    const match = format.exec(value);
    if (match !== null) return decode(match);
  }
  return null;
};
