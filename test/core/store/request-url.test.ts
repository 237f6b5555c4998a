import { describe, expect, it } from 'vitest';
import { requestTargetOf } from '../../../src/core/store/request-url.ts';

describe('requestTargetOf', () => {
  it('takes the canonical host and the still-encoded path', () => {
    expect(requestTargetOf('http://hoMe.eXaMplE.org.:8888/a/f%6Fo?q#h')).toEqual({
      host: 'home.example.org',
      path: '/a/f%6Fo',
      secure: false,
    });
    expect(requestTargetOf('https://[::1]/')).toEqual({ host: '::1', path: '/', secure: true });
  });

  it('treats https, wss and loopback hosts as secure', () => {
    expect(requestTargetOf('https://example.com/')?.secure).toBe(true);
    expect(requestTargetOf('wss://example.com/')?.secure).toBe(true);
    for (const host of ['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]']) {
      expect(requestTargetOf(`http://${host}:3000/`)?.secure, host).toBe(true);
    }
    for (const host of ['example.com', 'localhost.example.com', '128.0.0.1', '10.0.0.1']) {
      expect(requestTargetOf(`http://${host}/`)?.secure, host).toBe(false);
    }
  });

  it('is null for a URL that is not absolute or has no host', () => {
    expect(requestTargetOf('/relative')).toBeNull();
    expect(requestTargetOf('not a url')).toBeNull();
    expect(requestTargetOf('file:///etc/hosts')).toBeNull();
    expect(requestTargetOf('')).toBeNull();
  });
});
