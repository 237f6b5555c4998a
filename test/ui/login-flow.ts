import type { Exchange, Header } from '../../src/core/exchange.ts';
import { exchange as sketched } from '../support/exchange.ts';

export const FIRST_ID = 'A7F3C9E27B4D8A6051F3A1C9E27B0718';
export const SECOND_ID = 'B9D2E4F60718293A4B5C6D7E8F901234';

const PAGE = 'https://app.example.test/';

const exchange = (
  index: number,
  method: string,
  path: string,
  requestHeaders: readonly Header[],
  setCookies: readonly string[],
  fields: readonly string[] = [],
): Exchange =>
  sketched({
    id: String(index),
    startedAt: Date.UTC(2026, 0, 15, 12, 0, index),
    method,
    url: `https://app.example.test${path}`,
    pageUrl: PAGE,
    requestHeaders,
    setCookies,
    ...(fields.length > 0 ? { requestBody: { kind: 'fields', names: fields } } : {}),
  });

const sends = (value: string): readonly Header[] => [{ name: 'Cookie', value: `theme=dark; JSESSIONID=${value}` }];

/** A login that rotates the session ID, one page, then a logout that clears it. */
export const loginFlow = (): Exchange[] => [
  exchange(0, 'GET', '/', [{ name: 'Cookie', value: 'theme=dark' }], [`JSESSIONID=${FIRST_ID}; Path=/; Secure; HttpOnly`]),
  exchange(1, 'POST', '/login', sends(FIRST_ID), [`JSESSIONID=${SECOND_ID}; Path=/; Secure; HttpOnly`], ['user', 'password']),
  exchange(2, 'GET', '/account', sends(SECOND_ID), []),
  exchange(3, 'POST', '/logout', sends(SECOND_ID), ['JSESSIONID=; Path=/; Max-Age=0; Secure; HttpOnly']),
];
