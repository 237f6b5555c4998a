import { describe, expect, it } from 'vitest';
import { keptRequestHeaders, keptResponseHeaders } from '../../src/background/headers.ts';

describe('keptRequestHeaders', () => {
  it('keeps Cookie, Authorization, Referer, Content-Type and the fetch metadata in any case, and nothing else', () => {
    const kept = keptRequestHeaders([
      { name: 'Host', value: 'app.example.test' },
      { name: 'cookie', value: 'sid=abc' },
      { name: 'User-Agent', value: 'Chromium' },
      { name: 'AUTHORIZATION', value: 'Bearer t' },
      { name: 'Referer', value: 'https://app.example.test/' },
      { name: 'Content-Type', value: 'application/x-www-form-urlencoded' },
      { name: 'Accept', value: '*/*' },
      { name: 'Sec-Fetch-Site', value: 'cross-site' },
      { name: 'Sec-Fetch-Mode', value: 'navigate' },
      { name: 'sec-fetch-dest', value: 'document' },
    ]);
    expect(kept).toEqual([
      { name: 'cookie', value: 'sid=abc' },
      { name: 'AUTHORIZATION', value: 'Bearer t' },
      { name: 'Referer', value: 'https://app.example.test/' },
      { name: 'Content-Type', value: 'application/x-www-form-urlencoded' },
      { name: 'Sec-Fetch-Site', value: 'cross-site' },
      { name: 'sec-fetch-dest', value: 'document' },
    ]);
  });
});

describe('keptResponseHeaders', () => {
  it('keeps Set-Cookie, Location and Content-Type only', () => {
    const kept = keptResponseHeaders([
      { name: 'Server', value: 'nginx' },
      { name: 'Set-Cookie', value: 'sid=1; HttpOnly' },
      { name: 'location', value: '/home' },
      { name: 'Cache-Control', value: 'no-store' },
      { name: 'content-type', value: 'text/html' },
    ]);
    expect(kept).toEqual([
      { name: 'Set-Cookie', value: 'sid=1; HttpOnly' },
      { name: 'location', value: '/home' },
      { name: 'content-type', value: 'text/html' },
    ]);
  });

  it('splits the one Set-Cookie field Firefox joins with "\\n" into one header per cookie', () => {
    const kept = keptResponseHeaders([
      { name: 'set-cookie', value: 'a=1; Path=/\nb=2; Expires=Wed, 21 Oct 2037 07:28:00 GMT\n__Host-c=3; Secure; Path=/' },
    ]);
    expect(kept).toEqual([
      { name: 'set-cookie', value: 'a=1; Path=/' },
      { name: 'set-cookie', value: 'b=2; Expires=Wed, 21 Oct 2037 07:28:00 GMT' },
      { name: 'set-cookie', value: '__Host-c=3; Secure; Path=/' },
    ]);
  });

  it("leaves Chrome's one-header-per-cookie Set-Cookie as it is", () => {
    const headers = [
      { name: 'Set-Cookie', value: 'a=1' },
      { name: 'Set-Cookie', value: 'b=2' },
    ];
    expect(keptResponseHeaders(headers)).toEqual(headers);
  });
});
