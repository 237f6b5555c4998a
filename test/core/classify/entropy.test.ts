import { describe, expect, it } from 'vitest';
import { estimateEntropyBits } from '../../../src/core/classify/entropy.ts';

const bits = (value: string): number => {
  const estimate = estimateEntropyBits(value);
  if (estimate === null) throw new Error(`no estimate for ${value}`);
  return estimate;
};

/** 128 random bits as 32 hex digits (fixed, so the test is deterministic). */
const HEX_128 = 'b284c54d034935428eefa55c0ed5e3aa';

describe('estimateEntropyBits', () => {
  it('gives a random 128-bit hex id at least 100 bits and no more than 128', () => {
    expect(bits(HEX_128)).toBeGreaterThanOrEqual(100);
    expect(bits(HEX_128)).toBeLessThanOrEqual(128);
    expect(bits(HEX_128.toUpperCase())).toBe(bits(HEX_128));
  });

  it('scores short, sequential and repetitive values low', () => {
    expect(bits('12345')).toBeLessThan(20);
    expect(bits('aaaaaaaaaaaa')).toBe(0);
    expect(bits('000000000001')).toBeLessThan(8);
    expect(bits('true')).toBeLessThan(20);
  });

  it('returns null below four characters', () => {
    expect(estimateEntropyBits('')).toBeNull();
    expect(estimateEntropyBits('abc')).toBeNull();
    expect(estimateEntropyBits('754')).toBeNull();
  });

  it('uses the smallest alphabet that fits: digits count less than base64url of the same length', () => {
    expect(bits('8305719264')).toBeLessThanOrEqual(34);
    expect(bits('kR7_xQ2-mZ9a')).toBeGreaterThan(bits('830571926483'));
  });

  it('does not penalise a short id for having fewer characters than its alphabet', () => {
    // 22 distinct base64url characters: a 128-bit id; Shannon entropy alone would cap it near 98 bits.
    expect(bits('Ab3_Ef-hIj9lMn0pQr5tUv')).toBeGreaterThanOrEqual(128);
  });

  it('counts only the hex digits of a UUID', () => {
    expect(bits('e93e2f27-e73c-49be-86d3-244c81c0f5f0')).toBeLessThanOrEqual(128);
    expect(bits('e93e2f27-e73c-49be-86d3-244c81c0f5f0')).toBe(bits('e93e2f27e73c49be86d3244c81c0f5f0'));
  });

  it('strips Express signing, a jvmRoute suffix, quotes and base64 padding before judging', () => {
    const id = 'SAXM8INphoz4_-5nCeQNBtrlsWuHs5Mt';
    expect(bits(`s%3A${id}.83PsbOXUZUoPolzR2vpghXLBtSoKqyPvYpD0Lrmw5Ic`)).toBe(bits(id));
    expect(bits(`s:${id}.83PsbOXUZUoPolzR2vpghXLBtSoKqyPvYpD0Lrmw5Ic`)).toBe(bits(id));
    expect(bits(`${HEX_128.toUpperCase()}.2-106-8`)).toBe(bits(HEX_128));
    expect(bits(`"${HEX_128}"`)).toBe(bits(HEX_128));
    expect(bits('zTIwvRsN5pQkbSAADE9VRg==')).toBe(bits('zTIwvRsN5pQkbSAADE9VRg'));
  });

  it('never claims more than length × log2(95) for arbitrary printable text', () => {
    const value = 'a!b@c#d$e%f^g&h*';
    expect(bits(value)).toBeLessThanOrEqual(Math.ceil(value.length * Math.log2(95)));
  });
});
