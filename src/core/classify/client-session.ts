import { parseJsonObject, type JsonObject } from '../json.ts';
import { decodeBase64, decodeBase64Text, decodeBase64Url, decodeBase64UrlText, mayHoldJsonObject } from './base64url.ts';
import { decodePercentEscapes } from './framing.ts';

/**
 * A session kept in the cookie itself rather than on the server, by the format its framework writes. A JWT
 * (JWS) is one too; it is recognised on its own (jwt.ts) and is not repeated here.
 */
export type ClientSessionFormat =
  /** Flask's default session (itsdangerous): `payload.timestamp.signature`, a leading `.` when compressed. */
  | 'itsdangerous'
  /** Django's `signed_cookies` engine (django.core.signing): `payload:timestamp:signature`. */
  | 'django-signed'
  /** Rails' cookie store, signed: `base64 data--hex digest`. */
  | 'rails-signed'
  /** Rails' cookie store since 5.2, encrypted (AES-GCM): `data--iv--auth tag`. */
  | 'rails-encrypted'
  /** Express cookie-session, koa-session: base64 JSON, its signature in a sibling `<name>.sig` cookie. */
  | 'base64-json'
  /** Laravel's encrypted cookie `{"iv","value","mac"}` long enough to carry session data, not just an ID. */
  | 'laravel-encrypted'
  /** An encrypted JWT (JWE compact form), as Auth.js keeps its session. */
  | 'jwe';

/** What each format is called where it comes from: proper nouns, shown as they are in every language. */
export const CLIENT_SESSION_NAMES: Readonly<Record<ClientSessionFormat, string>> = {
  itsdangerous: 'Flask (itsdangerous)',
  'django-signed': 'Django signed_cookies',
  'rails-signed': 'Rails cookie store (signed)',
  'rails-encrypted': 'Rails cookie store (encrypted)',
  'base64-json': 'cookie-session / koa-session',
  'laravel-encrypted': 'Laravel (encrypted cookie)',
  jwe: 'JWE',
};

export interface ClientSession {
  readonly format: ClientSessionFormat;
  /** What anyone holding the cookie can read; null when it is encrypted or compressed. */
  readonly data: JsonObject | null;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE62 = /^[A-Za-z0-9]+$/;
const HEX_DIGEST = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
/** HMAC-SHA1 is the shortest signature these frameworks write: 20 bytes, 27 base64url characters. */
const SHORTEST_SIGNATURE = 27;
/** A Laravel-encrypted session ID (`hash|id`) stays under this; session data does not. */
const LARAVEL_DATA_BYTES = 256;
/** A name that says session: how cookie-session and koa-session name theirs (`session`, `koa.sess`). */
const SESSION_NAME = /sess/i;

const isSignature = (text: string): boolean => text.length >= SHORTEST_SIGNATURE && BASE64URL.test(text);

/** The payload of itsdangerous and django.core.signing: base64url JSON, or `.` + base64url zlib (unreadable here). */
const signedPayload = (payload: string, compressed: boolean): JsonObject | null | undefined => {
  if (!BASE64URL.test(payload)) return undefined;
  if (compressed) return null;
  const text = mayHoldJsonObject(payload) ? decodeBase64UrlText(payload) : null;
  return text === null ? undefined : (parseJsonObject(text) ?? undefined);
};

const timestampLike = (text: string, alphabet: RegExp): boolean => text.length >= 4 && text.length <= 11 && alphabet.test(text);

/** `payload<sep>timestamp<sep>signature`, the payload `.`-prefixed when compressed: undefined when not that shape. */
const timestampSigned = (value: string, separator: string, timestamp: RegExp): JsonObject | null | undefined => {
  const compressed = value.startsWith('.');
  const parts = (compressed ? value.slice(1) : value).split(separator);
  if (parts.length !== 3) return undefined;
  const [payload = '', stamp = '', signature = ''] = parts;
  if (!timestampLike(stamp, timestamp) || !isSignature(signature)) return undefined;
  return signedPayload(payload, compressed);
};

const railsCookie = (value: string): ClientSession | null => {
  const parts = decodePercentEscapes(value).split('--');
  if (parts.length === 3 && parts.every((part) => BASE64.test(part))) {
    const [data = '', iv = '', tag = ''] = parts;
    const ivBytes = decodeBase64(iv)?.length ?? 0;
    const tagBytes = decodeBase64(tag)?.length ?? 0;
    if (data.length >= 16 && ivBytes === 12 && tagBytes === 16) return { format: 'rails-encrypted', data: null };
  }
  if (parts.length !== 2) return null;
  const [data = '', digest = ''] = parts;
  if (!BASE64.test(data) || !HEX_DIGEST.test(digest)) return null;
  const text = mayHoldJsonObject(data) ? decodeBase64Text(data) : null;
  return { format: 'rails-signed', data: text === null ? null : parseJsonObject(text) };
};

const base64Json = (name: string, value: string): ClientSession | null => {
  if (!SESSION_NAME.test(name)) return null;
  const plain = decodePercentEscapes(value);
  if ((!BASE64.test(plain) && !BASE64URL.test(plain)) || !mayHoldJsonObject(plain)) return null;
  const text = decodeBase64Text(plain);
  const data = text === null ? null : parseJsonObject(text);
  return data === null ? null : { format: 'base64-json', data };
};

/** Laravel's `{"iv","value","mac"}` envelope: null when it is one but holds only an ID, undefined when it is none. */
const laravelCookie = (value: string): ClientSession | null | undefined => {
  const plain = decodePercentEscapes(value);
  if (!BASE64.test(plain) || !mayHoldJsonObject(plain)) return undefined;
  const text = decodeBase64Text(plain);
  const envelope = text === null ? null : parseJsonObject(text);
  const ciphertext = envelope?.['value'];
  if (typeof envelope?.['iv'] !== 'string' || typeof envelope['mac'] !== 'string' || typeof ciphertext !== 'string') return undefined;
  return (decodeBase64(ciphertext)?.length ?? 0) > LARAVEL_DATA_BYTES ? { format: 'laravel-encrypted', data: null } : null;
};

const jwe = (value: string): ClientSession | null => {
  const parts = value.split('.');
  if (parts.length !== 5 || !parts.every((part) => part === '' || BASE64URL.test(part))) return null;
  const header = parseJsonObject(decodeBase64UrlText(parts[0] ?? '') ?? '');
  return typeof header?.['enc'] === 'string' && decodeBase64Url(parts[3] ?? '') !== null ? { format: 'jwe', data: null } : null;
};

const signedWith = (format: 'itsdangerous' | 'django-signed', data: JsonObject | null | undefined): ClientSession | null =>
  data === undefined ? null : { format, data };

/**
 * The client-side session a cookie value carries, by the format its framework writes, with its data when it
 * is readable (signed, not encrypted). Never verifies a signature: Crumbtrail holds no keys.
 */
export const decodeClientSession = (name: string, value: string): ClientSession | null => {
  const laravel = laravelCookie(value);
  if (laravel !== undefined) return laravel;
  return (
    signedWith('itsdangerous', timestampSigned(value, '.', BASE64URL)) ??
    signedWith('django-signed', timestampSigned(value, ':', BASE62)) ??
    jwe(value) ??
    railsCookie(value) ??
    base64Json(name, value)
  );
};
