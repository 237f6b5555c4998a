import { describe, expect, it } from 'vitest';
import { partyOf } from '../../../src/core/classify/party.ts';

describe('partyOf', () => {
  it('is first party for the page host, its parent domain and sibling subdomains', () => {
    expect(partyOf('www.example.com', 'https://www.example.com/login')).toBe('first');
    expect(partyOf('example.com', 'https://www.example.com/')).toBe('first');
    expect(partyOf('.example.com', 'https://www.example.com/')).toBe('first');
    expect(partyOf('api.example.com', 'https://www.example.com/')).toBe('first');
  });

  it('is third party for another registrable domain', () => {
    expect(partyOf('doubleclick.net', 'https://www.example.com/')).toBe('third');
    expect(partyOf('example.org', 'https://example.com/')).toBe('third');
  });

  it('knows multi-label public suffixes such as co.kr', () => {
    expect(partyOf('shop.naver.co.kr', 'https://www.naver.co.kr/')).toBe('first');
    expect(partyOf('daum.co.kr', 'https://www.naver.co.kr/')).toBe('third');
  });

  it('treats private suffixes such as github.io as sites of their own', () => {
    expect(partyOf('alice.github.io', 'https://alice.github.io/app')).toBe('first');
    expect(partyOf('bob.github.io', 'https://alice.github.io/app')).toBe('third');
  });

  it('matches an IP-address page only with that address', () => {
    expect(partyOf('10.0.0.1', 'http://10.0.0.1:8080/')).toBe('first');
    expect(partyOf('10.0.0.2', 'http://10.0.0.1:8080/')).toBe('third');
  });

  it('does not call anything third party when the page URL has no host', () => {
    expect(partyOf('example.com', 'not a url')).toBe('first');
  });
});
