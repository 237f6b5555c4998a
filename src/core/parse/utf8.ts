/**
 * How many bytes `text[start, end)` takes in UTF-8, counted from UTF-16 code units without encoding. A lone
 * surrogate counts 3 bytes: it is sent as U+FFFD.
 */
export const utf8ByteLength = (text: string, start = 0, end = text.length): number => {
  let bytes = 0;
  for (let i = start; i < end; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
};

const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** No code unit takes more than 3 bytes, so a range this short is under any byte limit without counting. */
export const surelyWithinUtf8Bytes = (codeUnits: number, limit: number): boolean => codeUnits * 3 <= limit;
