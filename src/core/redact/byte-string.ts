/**
 * Texts and secrets are compared as UTF-8 bytes, one char (0-255) per byte: a percent escape decodes to a
 * byte, so `%C3%A9` and `é` meet as the same two bytes however a URL escaped them.
 */
export const isAscii = (text: string): boolean => !/[\u0080-\uffff]/.test(text);

const REPLACEMENT = 0xfffd;

const isSurrogate = (codePoint: number): boolean => codePoint >= 0xd800 && codePoint <= 0xdfff;

/** One code point's UTF-8 bytes; a lone surrogate is sent as U+FFFD, as browsers do. */
export const utf8BytesOf = (codePoint: number): string => {
  const point = isSurrogate(codePoint) ? REPLACEMENT : codePoint;
  if (point < 0x80) return String.fromCharCode(point);
  if (point < 0x800) return String.fromCharCode(0xc0 | (point >> 6), 0x80 | (point & 0x3f));
  if (point < 0x10000) return String.fromCharCode(0xe0 | (point >> 12), 0x80 | ((point >> 6) & 0x3f), 0x80 | (point & 0x3f));
  return String.fromCharCode(0xf0 | (point >> 18), 0x80 | ((point >> 12) & 0x3f), 0x80 | ((point >> 6) & 0x3f), 0x80 | (point & 0x3f));
};

export const byteStringOf = (text: string): string => {
  if (isAscii(text)) return text;
  let bytes = '';
  for (const char of text) bytes += utf8BytesOf(char.codePointAt(0) ?? REPLACEMENT);
  return bytes;
};

const UTF8 = new TextDecoder('utf-8');

/** Back to text; bytes that are not UTF-8 read as U+FFFD. */
export const textOfByteString = (bytes: string): string =>
  isAscii(bytes) ? bytes : UTF8.decode(Uint8Array.from(bytes, (char) => char.charCodeAt(0)));

const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64 (RFC 4648 section 4, or section 5 with `urlSafe`) without padding: padded text starts with it. */
export const base64Of = (bytes: string, urlSafe: boolean): string => {
  const alphabet = urlSafe ? URL_SAFE : STANDARD;
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes.charCodeAt(i) << 16) | ((bytes.charCodeAt(i + 1) || 0) << 8) | (bytes.charCodeAt(i + 2) || 0);
    const sextets = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let s = 0; s < sextets; s += 1) text += alphabet[(chunk >> (18 - 6 * s)) & 0x3f];
  }
  return text;
};
