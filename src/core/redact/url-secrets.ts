import { textOfByteString } from './byte-string.ts';
import { isTokenName } from './token-names.ts';

/** A credential inside a URL: where its bytes are in a view, and the value they say. */
export interface UrlSecret {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/**
 * A parameter is `name=` after the start of a text, `?`, `&`, `#` (fragment parameters, as OAuth's implicit
 * flow returns tokens) or `;` (path parameters such as `;jsessionid=`). Only the name is consumed, so a
 * parameter nested in another's value (`?next=/cb?code=…`) is found too.
 */
const PARAMETER = /(^|[?&#;])([^=&#;?/ \t\n\v\f\r]+)=/g;

/**
 * A query or fragment value ends at the next pair; a path parameter's also at the next segment. Views are
 * bytes, so spaces are spelt out: `\s` would also take 0x85 and 0xA0, which occur inside UTF-8 characters.
 */
const QUERY_VALUE_END = /[&# \t\n\v\f\r"<>`]/g;
const PATH_VALUE_END = /[;/?#& \t\n\v\f\r"<>`]/g;

/** `scheme://user:password@host`: both parts of the userinfo are credentials (a token often stands as the user). */
const USERINFO = /[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#@ \t\n\v\f\r]*)@/g;

const endOf = (bytes: string, from: number, end: RegExp): number => {
  end.lastIndex = from;
  return end.exec(bytes)?.index ?? bytes.length;
};

const secretAt = (bytes: string, start: number, end: number): UrlSecret[] =>
  start < end ? [{ start, end, value: textOfByteString(bytes.slice(start, end)) }] : [];

const tokenParameters = (bytes: string): UrlSecret[] => {
  const found: UrlSecret[] = [];
  PARAMETER.lastIndex = 0;
  for (let match = PARAMETER.exec(bytes); match !== null; match = PARAMETER.exec(bytes)) {
    const [whole, introducer = '', name = ''] = match;
    if (!isTokenName(name)) continue;
    const start = match.index + whole.length;
    found.push(...secretAt(bytes, start, endOf(bytes, start, introducer === ';' ? PATH_VALUE_END : QUERY_VALUE_END)));
  }
  return found;
};

const credentials = (bytes: string): UrlSecret[] =>
  [...bytes.matchAll(USERINFO)].flatMap((match) => {
    const [whole, userinfo = ''] = match;
    const start = match.index + whole.length - 1 - userinfo.length;
    const colon = userinfo.indexOf(':');
    if (colon < 0) return secretAt(bytes, start, start + userinfo.length);
    return [...secretAt(bytes, start, start + colon), ...secretAt(bytes, start + colon + 1, start + userinfo.length)];
  });

/** Without these, neither a parameter nor userinfo can be there, in the text or once its escapes are decoded. */
export const mayHoldUrlSecrets = (text: string): boolean => text.includes('=') || text.includes('@') || text.includes('%');

/** Values of token-named parameters, and URL userinfo, in a view's bytes (see views.ts). */
export const urlSecretsIn = (bytes: string): UrlSecret[] => [
  ...(bytes.includes('=') ? tokenParameters(bytes) : []),
  ...(bytes.includes('@') ? credentials(bytes) : []),
];
