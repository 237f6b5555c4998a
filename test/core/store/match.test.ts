import { describe, expect, it } from 'vitest';
import { defaultPath, domainMatches, pathMatches } from '../../../src/core/store/match.ts';

describe('domainMatches', () => {
  it('matches the same host and its subdomains at a dot boundary', () => {
    expect(domainMatches('example.com', 'example.com')).toBe(true);
    expect(domainMatches('www.example.com', 'example.com')).toBe(true);
    expect(domainMatches('a.b.example.com', 'example.com')).toBe(true);
  });

  it('does not match a mere suffix, a parent, or a sibling', () => {
    expect(domainMatches('badexample.com', 'example.com')).toBe(false);
    expect(domainMatches('example.com', 'www.example.com')).toBe(false);
    expect(domainMatches('a.example.com', 'b.example.com')).toBe(false);
    expect(domainMatches('example.com', '')).toBe(false);
  });

  it('matches an IP address only with itself', () => {
    expect(domainMatches('10.0.0.1', '10.0.0.1')).toBe(true);
    expect(domainMatches('10.0.0.1', '0.0.1')).toBe(false);
    expect(domainMatches('::1', '::1')).toBe(true);
    expect(domainMatches('fe80::1.2.3', '2.3')).toBe(false);
  });
});

describe('pathMatches', () => {
  it('matches the same path', () => {
    expect(pathMatches('/a/b', '/a/b')).toBe(true);
  });

  it('matches a prefix ending in "/" or followed by "/"', () => {
    expect(pathMatches('/a/b', '/')).toBe(true);
    expect(pathMatches('/a/b', '/a/')).toBe(true);
    expect(pathMatches('/a/b', '/a')).toBe(true);
  });

  it('does not match a prefix that splits a segment, or a longer path', () => {
    expect(pathMatches('/ab', '/a')).toBe(false);
    expect(pathMatches('/a', '/a/')).toBe(false);
    expect(pathMatches('/a', '/a/b')).toBe(false);
  });

  it('compares percent-encoded paths as they are, as browsers do', () => {
    expect(pathMatches('/f%6Fo/bar', '/foo')).toBe(false);
  });
});

describe('defaultPath', () => {
  it.each([
    ['', '/'],
    ['x', '/'],
    ['/', '/'],
    ['/cookie-parser', '/'],
    ['/a/b', '/a'],
    ['/a/b/', '/a/b'],
    ['/a/b/c', '/a/b'],
  ])('of %j is %j', (path, expected) => {
    expect(defaultPath(path)).toBe(expected);
  });
});
