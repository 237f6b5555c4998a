/** A character as its JSON-style escape, `\u001b`: visible, and read back the same by any JSON parser. */
export const unicodeEscape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
