const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const SEXTET_OF = new Map<string, number>([...ALPHABET].map((char, index) => [char, index]));

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
  for (const char of text) {
    const sextet = SEXTET_OF.get(char);
    if (sextet === undefined) return null;
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
