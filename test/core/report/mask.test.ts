import { describe, expect, it } from 'vitest';
import { FULLY_MASKED, maskValue, secretMasker, urlSecretsOf } from '../../../src/core/report/mask.ts';

describe('maskValue', () => {
  it('keeps the first and last four characters of a long value', () => {
    expect(maskValue('A7F3C09B5E2D48F1A6B3C9D0E7F20718')).toBe('A7F3…0718');
  });

  it('hides a short value whole, since 4 + 4 would show more than half of it', () => {
    expect(maskValue('hunter2')).toBe(FULLY_MASKED);
    expect(maskValue('0123456789abcde')).toBe(FULLY_MASKED);
    expect(maskValue('0123456789abcdef')).toBe('0123…cdef');
  });

  it('counts characters, not UTF-16 units, so it never splits an emoji', () => {
    expect(maskValue('😀bcdefghijklmno😀')).toBe('😀bcd…mno😀');
  });

  it('leaves an empty value empty', () => {
    expect(maskValue('')).toBe('');
  });
});

describe('secretMasker', () => {
  const secret = 'A7F3C09B5E2D48F1A6B3C9D0E7F20718';

  it('masks a secret in a query string and a path parameter', () => {
    const mask = secretMasker([secret]);
    expect(mask(`https://t.example/c?sid=${secret}&p=1`)).toBe('https://t.example/c?sid=A7F3…0718&p=1');
    expect(mask(`https://a.example/x;jsessionid=${secret}?q=1`)).toBe('https://a.example/x;jsessionid=A7F3…0718?q=1');
    expect(mask(`value ${secret} in a message`)).toBe('value A7F3…0718 in a message');
  });

  it('masks the URL-encoded form of a secret', () => {
    const signed = 's:abcdefghijklmnop.qrstuvwx';
    const mask = secretMasker([signed]);
    expect(mask(`https://a.example/?c=${encodeURIComponent(signed)}`)).toBe(`https://a.example/?c=${maskValue(signed)}`);
  });

  it('leaves short values and unrelated text alone', () => {
    const mask = secretMasker(['en', 'true', secret]);
    expect(mask('https://a.example/en?flag=true')).toBe('https://a.example/en?flag=true');
  });

  it('returns the text unchanged when there is nothing to hide', () => {
    expect(secretMasker([])('https://a.example/?page=123456789')).toBe('https://a.example/?page=123456789');
  });
});

describe('secretMasker: a known secret in every encoding a URL or header carries', () => {
  const sid = 'A7F3C09B5E2D48F1A6B3C9D0E7F20718';
  const php = 'q1w2e3r4t5y6u7i8o9p0';
  const mask = secretMasker([sid, php]);
  const inner = `https://shop.example.com/?s=${sid}&php=${php}`;

  it('finds it percent-encoded once and twice, in upper- or lower-case hex', () => {
    const once = encodeURIComponent(inner);
    const masked = 'https%3A%2F%2Fshop.example.com%2F%3Fs%3DA7F3…0718%26php%3Dq1w2…o9p0';
    expect(mask(`https://t.example/collect?u=${once}`)).toBe(`https://t.example/collect?u=${masked}`);
    expect(mask(`https://t.example/collect?u=${encodeURIComponent(once)}`)).toBe(
      `https://t.example/collect?u=${encodeURIComponent(once).replace(encodeURIComponent(sid), 'A7F3…0718').replace(php, 'q1w2…o9p0')}`,
    );
    const lowerHex = once.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
    expect(mask(`https://t.example/c?u=${lowerHex}`)).not.toContain(sid);
  });

  it('finds a value with spaces written with + as form encoding does, and non-ASCII values escaped as UTF-8', () => {
    const spaced = 'hello wörld 12345';
    const masker = secretMasker([spaced]);
    expect(masker(`https://a.example/?${new URLSearchParams({ q: spaced })}`)).toBe(`https://a.example/?q=${maskValue(spaced)}`);
    expect(masker(`https://a.example/?q=${encodeURIComponent(spaced)}`)).toBe(`https://a.example/?q=${maskValue(spaced)}`);
  });

  it('finds the base64 and base64url of a whole value, padded or not', () => {
    const value = 's:abc def/ghi+jkl==';
    const masker = secretMasker([value]);
    const base64 = Buffer.from(value).toString('base64');
    expect(masker(`https://a.example/?d=${base64}&e=${Buffer.from(value).toString('base64url')}`)).toBe(
      `https://a.example/?d=${maskValue(value)}&e=${maskValue(value)}`,
    );
    expect(masker(`X-Session: ${encodeURIComponent(base64)}`)).toBe(`X-Session: ${maskValue(value)}`);
  });

  it('does not mask a value that only continues a longer word', () => {
    const masker = secretMasker(['accepted']);
    expect(masker('unaccepted, accepted2 and accepted.')).toBe('unaccepted, accepted2 and ••••.');
  });
});

describe('secretMasker: tokens in URLs, known or not', () => {
  const mask = secretMasker([]);

  it('masks token-named query, fragment and path parameters, and leaves the others', () => {
    expect(mask('https://app.example/cb#access_token=eyJabc.def.ghi&token_type=bearer&state=xyz')).toBe(
      'https://app.example/cb#access_token=••••&token_type=bearer&state=xyz',
    );
    expect(mask('https://a.example/x;jsessionid=ABCDEF/y?X-Amz-Signature=deadbeef&code=12&page=2')).toBe(
      'https://a.example/x;jsessionid=••••/y?X-Amz-Signature=••••&code=••••&page=2',
    );
  });

  it('masks both parts of URL userinfo', () => {
    expect(mask('https://alice:wonderland@host.example/')).toBe('https://••••:••••@host.example/');
    expect(mask('https://ghp_0123456789abcdefghij@github.example/')).toBe('https://ghp_…ghij@github.example/');
  });

  it('masks a token parameter of a URL nested, escaped, in another one', () => {
    const next = encodeURIComponent('https://a.example/cb?code=secretcode1&x=1');
    expect(mask(`https://t.example/?next=${next}`)).toBe('https://t.example/?next=https%3A%2F%2Fa.example%2Fcb%3Fcode%3D••••%26x%3D1');
  });
});

describe('urlSecretsOf', () => {
  it('gives the values a URL carries under token names, also with + read as a space', () => {
    expect(urlSecretsOf('https://u:p4ssw0rd@a.example/?id_token=ab+cd&q=1')).toEqual(['ab+cd', 'ab cd', 'u', 'p4ssw0rd']);
    expect(urlSecretsOf('https://a.example/?q=1')).toEqual([]);
  });
});

describe('secretMasker: non-ASCII values', () => {
  it('masks the whole of a token value whose UTF-8 bytes include 0x85 or 0xA0 (à, Ņ)', () => {
    const value = 'àbcdefghijkŅmnopqrstuvwxyz';
    expect(secretMasker([])(`https://a.example/?token=${value}&x=1`)).toBe(`https://a.example/?token=${maskValue(value)}&x=1`);
  });
});
