const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Sextet by character code, -1 for a character outside the alphabet: a lookup per character, no allocation. */
const SEXTET_OF = new Int8Array(128).fill(-1);
for (let index = 0; index < ALPHABET.length; index += 1) SEXTET_OF[ALPHABET.charCodeAt(index)] = index;

/**
 * Decodes unpadded base64url (RFC 4648 section 5) to bytes; null for any other character or an
 * impossible length. Pure TypeScript so core code needs neither `Buffer` nor `atob`.
 */
export const decodeBase64Url = (text: string): Uint8Array | null => {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let buffer = 0;
  let bufferedBits = 0;
  let written = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const sextet = code < 128 ? (SEXTET_OF[code] ?? -1) : -1;
    if (sextet < 0) return null;
    buffer = ((buffer << 6) | sextet) & 0xffffff;
    bufferedBits += 6;
    if (bufferedBits >= 8) {
      bufferedBits -= 8;
      bytes[written] = (buffer >> bufferedBits) & 0xff;
      written += 1;
    }
  }
  return bytes;
};

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Base64url text that holds UTF-8, decoded; null when either layer is malformed. */
export const decodeBase64UrlText = (text: string): string | null => {
  const bytes = decodeBase64Url(text);
  if (bytes === null) return null;
  try {
    return UTF8.decode(bytes);
  } catch {
    // A fatal TextDecoder reports invalid UTF-8 only by throwing.
    return null;
  }
};

/** Standard base64 (RFC 4648 section 4: `+`, `/`, padding) written as unpadded base64url. */
const asBase64Url = (text: string): string => text.replace(/={1,2}$/, '').replaceAll('+', '-').replaceAll('/', '_');

/** Standard base64 (padding optional) or base64url, decoded to bytes; null when malformed. */
export const decodeBase64 = (text: string): Uint8Array | null => decodeBase64Url(asBase64Url(text));

/** Base64 or base64url text that holds UTF-8, decoded; null when either layer is malformed. */
export const decodeBase64Text = (text: string): string | null => decodeBase64UrlText(asBase64Url(text));

/**
 * The first characters base64 of JSON object text can start with. JSON object text starts with `{` or JSON
 * whitespace (or a UTF-8 byte order mark, which the decoder drops), and the first character fixes the top six
 * bits of the first byte: `e` (`{`), `I` (space), `C` (tab, line feed), `D` (carriage return), `7` (the mark).
 */
const JSON_OBJECT_LEADS: ReadonlySet<string> = new Set(['e', 'I', 'C', 'D', '7']);

/** False when base64 or base64url text cannot decode to a JSON object: most cookie values, told apart without decoding. */
export const mayHoldJsonObject = (text: string): boolean => JSON_OBJECT_LEADS.has(text.charAt(0));
