import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../../src/core/exchange.ts';
import { cookieDomainsOf } from '../../../src/core/store/cookie-domains.ts';
import { exchange as sketched } from '../../support/exchange.ts';

const exchange = (url: string, cookie: string | null, setCookies: readonly string[]): Exchange => sketched({ url, cookie, setCookies });

describe('cookieDomainsOf', () => {
  it('lists the hosts that sent or set a cookie and every Domain a Set-Cookie named, once each', () => {
    expect(
      cookieDomainsOf([
        exchange('https://www.shop.example/', null, ['a=1', 'b=2; Domain=.Shop.Example']),
        exchange('https://api.shop.example/v1', 'a=1', []),
        exchange('https://cdn.example/img.png', null, []),
        exchange('https://www.shop.example/x', 'a=1', []),
      ]),
    ).toEqual(['www.shop.example', 'shop.example', 'api.shop.example']);
  });
});
