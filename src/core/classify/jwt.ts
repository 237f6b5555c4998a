import { parseJsonObject, type JsonObject } from '../json.ts';
import { decodeBase64Url, decodeBase64UrlText, mayHoldJsonObject } from './base64url.ts';
import type { DecodedJwt } from './types.ts';

const decodeSegment = (segment: string): JsonObject | null => {
  const text = mayHoldJsonObject(segment) ? decodeBase64UrlText(segment) : null;
  return text === null ? null : parseJsonObject(text);
};

/** A JOSE header says what it is through `alg` (required by RFC 7515) or `typ`. */
const looksLikeJoseHeader = (header: JsonObject): boolean =>
  typeof header['alg'] === 'string' || typeof header['typ'] === 'string';

/**
 * Reads a compact JWS (RFC 7519): header and claims as JSON objects, signature as base64url (empty for
 * `alg: none`). Never verifies. The value is taken as given: a `Bearer ` prefix is the tracer's to strip.
 */
export const decodeJwt = (value: string): DecodedJwt | null => {
  const segments = value.split('.');
  if (segments.length !== 3) return null;
  const [headerText = '', claimsText = '', signature = ''] = segments;
  if (decodeBase64Url(signature) === null) return null;
  const header = decodeSegment(headerText);
  if (header === null || !looksLikeJoseHeader(header)) return null;
  const claims = decodeSegment(claimsText);
  if (claims === null) return null;
  const alg = header['alg'];
  return { header, claims, alg: typeof alg === 'string' ? alg : null };
};
