import { isJsonObject, type JsonObject, type JsonValue } from '../json.ts';
import { stringAt } from './json-read.ts';

/**
 * HAR `cookies` arrays are a fallback for exporters that list cookies but not the header lines. They are
 * turned back into header lines so that one parser (the Set-Cookie parser and the jar's storage decision)
 * judges every cookie; they are used only when the entry has no such header, so nothing is counted twice.
 */

/** A name or value that would change the meaning of a synthesized header line is left out. */
const UNSAFE = /[;\r\n\0]/;

interface HarCookieText {
  readonly name: string;
  readonly value: string;
  readonly cookie: JsonObject;
}

const harCookies = (value: JsonValue | undefined): readonly HarCookieText[] => {
  if (!Array.isArray(value)) return [];
  const cookies: HarCookieText[] = [];
  for (const item of value) {
    if (!isJsonObject(item)) continue;
    const name = stringAt(item, 'name');
    const text = stringAt(item, 'value');
    if (name === null || text === null || UNSAFE.test(name) || UNSAFE.test(text) || name.includes('=')) continue;
    cookies.push({ name, value: text, cookie: item });
  }
  return cookies;
};

export const hasHarCookies = (value: JsonValue | undefined): boolean => harCookies(value).length > 0;

/** `request.cookies` as one `Cookie` header value, or null when the array holds none. */
export const cookieHeaderFromArray = (value: JsonValue | undefined): string | null => {
  const cookies = harCookies(value);
  return cookies.length === 0 ? null : cookies.map((c) => `${c.name}=${c.value}`).join('; ');
};

const SAME_SITE = new Map([
  ['strict', 'Strict'],
  ['lax', 'Lax'],
  ['none', 'None'],
]);

const attributeText = (cookie: JsonObject, key: string, attribute: string): string | null => {
  const value = stringAt(cookie, key);
  return value === null || value === '' || UNSAFE.test(value) ? null : `${attribute}=${value}`;
};

const expiresText = (cookie: JsonObject): string | null => {
  const text = stringAt(cookie, 'expires');
  const time = text === null ? Number.NaN : Date.parse(text);
  return Number.isNaN(time) ? null : `Expires=${new Date(time).toUTCString()}`;
};

const sameSiteText = (cookie: JsonObject): string | null => {
  const value = SAME_SITE.get((stringAt(cookie, 'sameSite') ?? '').toLowerCase());
  return value === undefined ? null : `SameSite=${value}`;
};

const setCookieLine = ({ name, value, cookie }: HarCookieText): string =>
  [
    `${name}=${value}`,
    attributeText(cookie, 'domain', 'Domain'),
    attributeText(cookie, 'path', 'Path'),
    expiresText(cookie),
    cookie['httpOnly'] === true ? 'HttpOnly' : null,
    cookie['secure'] === true ? 'Secure' : null,
    sameSiteText(cookie),
  ]
    .filter((part): part is string => part !== null)
    .join('; ');

/** `response.cookies` as `Set-Cookie` lines carrying the attributes the exporter recorded. */
export const setCookieLinesFromArray = (value: JsonValue | undefined): readonly string[] =>
  harCookies(value).map(setCookieLine);
