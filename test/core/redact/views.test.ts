import { describe, expect, it } from 'vitest';
import { base64Of, byteStringOf, textOfByteString } from '../../../src/core/redact/byte-string.ts';
import { textOffset, viewsOf } from '../../../src/core/redact/views.ts';

describe('viewsOf', () => {
  it('decodes escapes of either case as long as some are left, three times at most', () => {
    expect(viewsOf('a%253db%3D').map((view) => view.bytes)).toEqual(['a%253db%3D', 'a%3db=', 'a=b=']);
    expect(viewsOf('%25252541').map((view) => view.bytes)).toEqual(['%25252541', '%252541', '%2541', '%41']);
    expect(viewsOf('plain').map((view) => view.bytes)).toEqual(['plain']);
  });

  it('maps each decoded byte back to where its escape stood in the text', () => {
    const [, decoded] = viewsOf('x%C3%A9y');
    expect(decoded?.bytes).toBe(byteStringOf('xéy'));
    if (decoded === undefined) throw new Error('no decoded view');
    expect([0, 1, 2, 3, 4].map((offset) => textOffset(decoded, offset))).toEqual([0, 1, 4, 7, 8]);
  });

  it('reads non-ASCII text as its UTF-8 bytes, a lone surrogate as U+FFFD', () => {
    const [view] = viewsOf('é😀');
    expect(view?.bytes).toBe('\u00c3\u00a9\u00f0\u009f\u0098\u0080');
    expect(textOfByteString(view?.bytes ?? '')).toBe('é😀');
    expect(byteStringOf('\ud800')).toBe(byteStringOf('\ufffd'));
  });
});

describe('base64Of', () => {
  it('writes base64 and base64url without padding', () => {
    for (const text of ['', 'f', 'fo', 'foo', 'foob', 's:abc def/ghi+jkl==?>>', 'héllo']) {
      const bytes = Buffer.from(text);
      expect(base64Of(byteStringOf(text), false)).toBe(bytes.toString('base64').replace(/=+$/, ''));
      expect(base64Of(byteStringOf(text), true)).toBe(bytes.toString('base64url'));
    }
  });
});
