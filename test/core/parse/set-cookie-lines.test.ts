import { describe, expect, it } from 'vitest';
import { splitSetCookieField } from '../../../src/core/parse/set-cookie-lines.ts';

describe('splitSetCookieField', () => {
  it('returns a single field value as it is', () => {
    expect(splitSetCookieField('a=b; Path=/')).toEqual(['a=b; Path=/']);
  });

  it('splits at "\\n" and at "\\r\\n", as Firefox and chrome-har join several Set-Cookie lines', () => {
    expect(splitSetCookieField('a=1\nb=2\r\nc=3; Secure')).toEqual(['a=1', 'b=2', 'c=3; Secure']);
  });

  it('never splits at commas, which Expires dates and values contain', () => {
    expect(splitSetCookieField('a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT\nz=y, a=b')).toEqual([
      'a=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT',
      'z=y, a=b',
    ]);
  });

  it('drops empty and whitespace-only lines and trims spaces and tabs, as HTTP delivers a field', () => {
    expect(splitSetCookieField('\n\n  a=1 \t\r\n \t \r\n\nb=2\n')).toEqual(['a=1', 'b=2']);
    expect(splitSetCookieField('')).toEqual([]);
    expect(splitSetCookieField('\r\n')).toEqual([]);
  });

  it('keeps a bare CR that is not part of a line break, for the parser to refuse', () => {
    expect(splitSetCookieField('a=b\rc\nd=e')).toEqual(['a=b\rc', 'd=e']);
  });
});
