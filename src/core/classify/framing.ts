/**
 * Framework framing around a session identifier, which carries no randomness of its own: a Tomcat/Jetty
 * `jvmRoute` suffix naming the backend (`5C1C…F9B6.node2`) and an Express/Connect signed value
 * (`s:<id>.<signature>`, percent-encoded `s%3A…` on the wire).
 */

/** An id of one identifier alphabet, then one dot and a short route name. */
const ROUTE_SUFFIXED = /^([A-Za-z0-9_-]{16,})\.([A-Za-z0-9_-]{1,32})$/;

/** `s:`, the id, then a dot and the signature after the last dot. */
const EXPRESS_SIGNED = /^s:(.+)\.[^.]+$/;

export interface RouteSuffixed {
  readonly id: string;
  readonly route: string;
}

/** Splits `<id>.<route>` (the servlet-container jvmRoute form); null when the value has another shape. */
export const splitRouteSuffix = (value: string): RouteSuffixed | null => {
  const match = ROUTE_SUFFIXED.exec(value);
  if (match === null) return null;
  const [, id = '', route = ''] = match;
  return { id, route };
};

/** Percent-escapes decoded byte by byte: never throws, unlike decodeURIComponent on stray `%`. */
export const decodePercentEscapes = (value: string): string =>
  value.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

const withoutQuotes = (value: string): string =>
  value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;

const withoutExpressSignature = (value: string): string => EXPRESS_SIGNED.exec(value)?.[1] ?? value;

/** The part of a cookie value that is the identifier itself, percent-decoded and with known framing removed. */
export const identifierPart = (value: string): string => {
  const unsigned = withoutExpressSignature(withoutQuotes(decodePercentEscapes(value)));
  return splitRouteSuffix(unsigned)?.id ?? unsigned;
};
