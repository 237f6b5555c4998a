import { describe, expect, it } from 'vitest';
import { canonicalHost } from '../../../src/core/site.ts';
import { isLoopbackHost } from '../../../src/core/store/request-url.ts';
import { isPlainHttp } from '../../../src/core/trace/transport.ts';

describe('transport', () => {
  it.each(['localhost', 'LOCALHOST.', 'app.localhost', '127.0.0.1', '127.8.9.10', '[::1]', '::1'])('%s is loopback', (host) => {
    expect(isLoopbackHost(canonicalHost(host))).toBe(true);
  });

  it.each(['localhost.example.com', '128.0.0.1', '10.0.0.1', 'example.com'])('%s is not loopback', (host) => {
    expect(isLoopbackHost(canonicalHost(host))).toBe(false);
  });

  it.each([
    ['http://example.com/', true],
    ['ws://example.com/', true],
    ['https://example.com/', false],
    ['wss://example.com/', false],
    ['http://localhost:3000/', false],
    ['http://127.0.0.1/', false],
    ['http://[::1]:8080/', false],
  ])('%s is plain http: %s', (url, plain) => {
    expect(isPlainHttp(new URL(url))).toBe(plain);
  });
});
