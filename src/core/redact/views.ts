import { isAscii, utf8BytesOf } from './byte-string.ts';

/** A text as UTF-8 bytes (see byte-string.ts), with its percent escapes decoded some number of times. */
export interface TextView {
  readonly bytes: string;
  /**
   * Where byte `i` came from in the original text, with one more entry (the text's length) for the end;
   * null when byte `i` is character `i` of the text.
   */
  readonly origin: Int32Array | null;
}

/** URLs nest: a URL inside a parameter is escaped once more, and a tracker may escape that again. */
const MOST_DECODINGS = 3;

const ESCAPE = /%[0-9A-Fa-f]{2}/;

const isHex = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);

const byteView = (text: string): TextView => {
  if (isAscii(text)) return { bytes: text, origin: null };
  const origin: number[] = [];
  let bytes = '';
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i) ?? 0;
    const encoded = utf8BytesOf(codePoint);
    for (let b = 0; b < encoded.length; b += 1) origin.push(i);
    bytes += encoded;
    i += codePoint > 0xffff ? 2 : 1;
  }
  origin.push(text.length);
  return { bytes, origin: Int32Array.from(origin) };
};

/** Every `%XX` (either case of hex) becomes its byte; the rest is kept. */
const percentDecoded = (view: TextView, textLength: number): TextView => {
  const { bytes } = view;
  const origin = new Int32Array(bytes.length + 1);
  let decoded = '';
  let written = 0;
  for (let i = 0; i < bytes.length; written += 1) {
    origin[written] = view.origin === null ? i : (view.origin[i] ?? textLength);
    if (bytes.charCodeAt(i) === 0x25 && isHex(bytes.charCodeAt(i + 1)) && isHex(bytes.charCodeAt(i + 2))) {
      decoded += String.fromCharCode(Number.parseInt(bytes.slice(i + 1, i + 3), 16));
      i += 3;
    } else {
      decoded += bytes[i];
      i += 1;
    }
  }
  origin[written] = textLength;
  return { bytes: decoded, origin: origin.subarray(0, written + 1) };
};

/** The text as written, then decoded once, twice and three times, for as long as escapes are left. */
export const viewsOf = (text: string): readonly TextView[] => {
  let view = byteView(text);
  const views = [view];
  while (views.length <= MOST_DECODINGS && ESCAPE.test(view.bytes)) {
    view = percentDecoded(view, text.length);
    views.push(view);
  }
  return views;
};

/** Where in the original text a byte offset of a view falls. */
export const textOffset = (view: TextView, offset: number): number => (view.origin === null ? offset : (view.origin[offset] ?? offset));
