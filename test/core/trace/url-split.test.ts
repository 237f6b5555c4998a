import { describe, expect, it } from 'vitest';
import { splitUrl } from '../../../src/core/url-split.ts';

describe('splitUrl', () => {
  it.each([
    ['https://Shop.Example.com:8443/a/b;jsessionid=X?q=1&r#frag', { protocol: 'https:', hostname: 'shop.example.com', pathname: '/a/b;jsessionid=X', search: '?q=1&r' }],
    ['HTTP://user:pw@127.0.0.1', { protocol: 'http:', hostname: '127.0.0.1', pathname: '/', search: '' }],
    ['http://[::1]:3000/x?', { protocol: 'http:', hostname: '[::1]', pathname: '/x', search: '' }],
    ['wss://a.example?x=1', { protocol: 'wss:', hostname: 'a.example', pathname: '/', search: '?x=1' }],
  ])('%s', (text, parts) => {
    expect(splitUrl(text)).toEqual(parts);
  });

  it('agrees with URL on the host, path and query of ordinary URLs', () => {
    for (const text of ['https://a.b.example/p/q.html?x=%20y', 'http://localhost:8080/', 'https://xn--bcher-kva.example/a']) {
      const url = new URL(text);
      expect(splitUrl(text)).toEqual({ protocol: url.protocol, hostname: url.hostname, pathname: url.pathname, search: url.search });
    }
  });

  it.each(['not a url', '/relative/path', 'mailto:a@b.example', 'https:///nohost', ''])('rejects %j', (text) => {
    expect(splitUrl(text)).toBeNull();
  });
});
