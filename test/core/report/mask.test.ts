import { describe, expect, it } from 'vitest';
import { FULLY_MASKED, maskValue, secretMasker } from '../../../src/core/report/mask.ts';

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
    expect(secretMasker([])('https://a.example/?sid=123456789')).toBe('https://a.example/?sid=123456789');
  });
});
