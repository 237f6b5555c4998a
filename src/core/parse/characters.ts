/** SP or HTAB: the only whitespace cookie parsing trims (RFC 6265bis WSP, HTTP OWS). */
export const isSpaceOrTab = (code: number): boolean => code === 0x20 || code === 0x09;

/** First index in `[start, end)` that is not SP or HTAB, or `end`. */
export const skipSpaceOrTab = (text: string, start: number, end: number): number => {
  let from = start;
  while (from < end && isSpaceOrTab(text.charCodeAt(from))) from += 1;
  return from;
};

/** One past the last index in `[start, end)` that is not SP or HTAB, or `start`. */
export const trimEndSpaceOrTab = (text: string, start: number, end: number): number => {
  let to = end;
  while (to > start && isSpaceOrTab(text.charCodeAt(to - 1))) to -= 1;
  return to;
};

/** `text[start, end)` without leading and trailing SP and HTAB. */
export const trimmedSlice = (text: string, start: number, end: number): string => {
  const from = skipSpaceOrTab(text, start, end);
  return text.slice(from, trimEndSpaceOrTab(text, from, end));
};

/**
 * Every code unit but the CTLs, HTAB aside. Matching the whole text against what is allowed takes one
 * tight loop where a search for a CTL tries each position in turn, about a third slower; a lone class in
 * a greedy loop cannot backtrack more than once per character.
 */
const NO_CONTROL_CHARACTER = /^[\t\u0020-\u007e\u0080-\uffff]*$/;

/** True when the text holds a CTL other than HTAB (%x00-08 / %x0A-1F / %x7F), which browsers refuse. */
export const hasControlCharacter = (text: string): boolean => !NO_CONTROL_CHARACTER.test(text);

// eslint-disable-next-line no-control-regex -- every CTL but HTAB, each occurrence
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/** The text with each CTL other than HTAB replaced by U+FFFD: readable, and no longer refused for it. */
export const replaceControlCharacters = (text: string): string => text.replace(CONTROL_CHARACTERS, '\ufffd');
