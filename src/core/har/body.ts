import { isJsonObject, parseJson, type JsonObject, type JsonValue } from '../json.ts';
import type { RequestBody } from '../exchange.ts';
import { arrayAt, stringAt } from './json-read.ts';

/** Enough names to spot a login form; a body with more fields is not one worth reading further. */
const MAX_FIELDS = 200;
/** JSON bodies larger than this are not parsed: a login body is small, and parsing is the costly part. */
const MAX_JSON_TEXT = 65_536;
const MAX_JSON_DEPTH = 4;

// Each field is a name without '=' then an optional '=value': no two quantifiers compete, so no backtracking blow-up.
const URLENCODED = /^[^\s=&]+=[^\s&]*(?:&[^\s=&]+(?:=[^\s&]*)?)*$/;
const MULTIPART_NAME = /content-disposition:[^\r\n]*?\bname="([^"]*)"/gi;

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
};

const unique = (names: Iterable<string>): readonly string[] => [...new Set(names)].slice(0, MAX_FIELDS);

const urlencodedNames = (text: string): readonly string[] =>
  unique(
    text
      .split('&')
      .map((pair) => safeDecode(pair.split('=', 1)[0] ?? ''))
      .filter((name) => name !== ''),
  );

const multipartNames = (text: string): readonly string[] =>
  unique(Array.from(text.matchAll(MULTIPART_NAME), (match) => match[1] ?? '').filter((name) => name !== ''));

/** Every key at any depth (bounded): a login body may nest `{ "user": { "password": … } }`. */
const jsonKeys = (value: JsonValue, depth: number, into: Set<string>): void => {
  if (depth > MAX_JSON_DEPTH || into.size >= MAX_FIELDS || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) jsonKeys(item, depth + 1, into);
    return;
  }
  for (const [key, inner] of Object.entries(value)) {
    into.add(key);
    jsonKeys(inner, depth + 1, into);
  }
};

const jsonNames = (text: string): readonly string[] | null => {
  if (text.length > MAX_JSON_TEXT) return null;
  try {
    const parsed = parseJson(text);
    const names = new Set<string>();
    jsonKeys(parsed, 0, names);
    return unique(names);
  } catch {
    return null;
  }
};

const paramNames = (postData: JsonObject): readonly string[] =>
  unique(
    (arrayAt(postData, 'params') ?? [])
      .map((param) => (isJsonObject(param) ? stringAt(param, 'name') : null))
      .filter((name): name is string => name !== null && name !== ''),
  );

const textNames = (mimeType: string, text: string): readonly string[] | null => {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (mimeType.includes('multipart/form-data')) return multipartNames(text);
  if (mimeType.includes('json') || trimmed.startsWith('{')) return jsonNames(trimmed);
  if (mimeType.includes('x-www-form-urlencoded') || URLENCODED.test(trimmed)) return urlencodedNames(trimmed);
  return null;
};

/**
 * The field names of a HAR `postData`, from `params` when the exporter filled them in, else from the text
 * (urlencoded, multipart or JSON). Values are never kept: only names are needed to spot a login.
 */
export const requestBodyOf = (postData: JsonValue | undefined): RequestBody => {
  if (!isJsonObject(postData)) return { kind: 'unknown' };
  const fromParams = paramNames(postData);
  if (fromParams.length > 0) return { kind: 'fields', names: fromParams };
  const names = textNames((stringAt(postData, 'mimeType') ?? '').toLowerCase(), stringAt(postData, 'text') ?? '');
  return names === null ? { kind: 'unknown' } : { kind: 'fields', names };
};
