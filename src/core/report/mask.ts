/** What a value shows as when too little of it could be shown without giving it away. */
export const FULLY_MASKED = '••••';

const SHOWN_EACH_END = 4;
/** Below this length, showing 4 + 4 characters would reveal more than half of the value. */
const SHORTEST_PARTLY_SHOWN = 4 * SHOWN_EACH_END;
/** Values shorter than this are not searched for in text: `1`, `en` or `true` would mask unrelated words. */
const SHORTEST_SECRET_IN_TEXT = 6;

/**
 * Hides a cookie or token value while keeping enough to tell two values apart: `A7F3…0718`. An empty
 * value has nothing to hide and stays empty.
 */
export const maskValue = (value: string): string => {
  if (value === '') return '';
  const chars = Array.from(value);
  if (chars.length < SHORTEST_PARTLY_SHOWN) return FULLY_MASKED;
  return `${chars.slice(0, SHOWN_EACH_END).join('')}…${chars.slice(-SHOWN_EACH_END).join('')}`;
};

/** Where a value embedded in a URL or message ends: URL and header separators, quotes and spaces. */
const TOKEN_BOUNDARY = /([?&;#/,\s"'<>()[\]]+)/;

const decodedOrSelf = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * Returns a function that masks every secret (as-is or URL-encoded) found inside a text such as a URL or a
 * message, so a session ID leaked into a query string is hidden like the cookie itself. Text is cut into
 * tokens at URL separators and each token (or the part after its first `=`) is looked up, which stays
 * linear however many secrets a long recording holds.
 */
export const secretMasker = (secrets: Iterable<string>): ((text: string) => string) => {
  const known = new Set<string>();
  for (const secret of secrets) if (secret.length >= SHORTEST_SECRET_IN_TEXT) known.add(secret);
  if (known.size === 0) return (text) => text;
  const secretIn = (text: string): string | null => {
    if (known.has(text)) return text;
    const decoded = decodedOrSelf(text);
    return known.has(decoded) ? decoded : null;
  };
  const maskToken = (token: string): string => {
    const whole = secretIn(token);
    if (whole !== null) return maskValue(whole);
    const equals = token.indexOf('=');
    const value = equals < 0 ? null : secretIn(token.slice(equals + 1));
    return value === null ? token : `${token.slice(0, equals + 1)}${maskValue(value)}`;
  };
  return (text) =>
    text
      .split(TOKEN_BOUNDARY)
      .map((part, index) => (index % 2 === 0 ? maskToken(part) : part))
      .join('');
};
