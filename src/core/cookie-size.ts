import type { Cookie } from './model.ts';
import { utf8ByteLength } from './parse/utf8.ts';

/** Bytes of name and value in UTF-8: what browsers count against their 4096-byte limit (RFC 6265bis). */
export const cookieSize = (cookie: Pick<Cookie, 'name' | 'value'>): number => utf8ByteLength(cookie.name) + utf8ByteLength(cookie.value);
