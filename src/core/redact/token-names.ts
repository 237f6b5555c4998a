import { wordsOf } from '../words.ts';

/** A name with one of these words holds a credential: `id_token`, `api-key`, `X-Amz-Signature`, `sessionId`. */
const TOKEN_WORDS: ReadonlySet<string> = new Set([
  'token', 'session', 'sess', 'sid', 'auth', 'authorization', 'key', 'secret', 'password', 'passwd', 'pwd', 'pass',
  'passphrase', 'signature', 'sig', 'credential', 'credentials', 'jwt', 'ticket', 'otp',
]);

/** Written as one word, these still say it: `JSESSIONID`, `PHPSESSID`, `apikey`, `csrfmiddlewaretoken`. */
const TOKEN_WORD_PARTS: readonly string[] = ['token', 'secret', 'password', 'passwd', 'signature', 'sessionid', 'sessid', 'apikey'];

/**
 * `code` alone is an OAuth authorization code; `country_code` or `zipcode` is not. `state` and `nonce` are
 * not masked: they bind a callback to its request and grant nothing.
 */
const TOKEN_NAMES: ReadonlySet<string> = new Set(['code']);

/** Named for a token but describing it, not holding it. */
const NOT_TOKEN_NAMES: ReadonlySet<string> = new Set(['token_type', 'token_type_hint']);

const nameSaysToken = (name: string): boolean => {
  const lower = name.toLowerCase();
  if (TOKEN_NAMES.has(lower)) return true;
  if (NOT_TOKEN_NAMES.has(lower)) return false;
  return wordsOf(name).some((word) => TOKEN_WORDS.has(word) || TOKEN_WORD_PARTS.some((part) => word.includes(part)));
};

/** A recording repeats a few parameter names thousands of times; the cache is bounded for hostile ones. */
const known = new Map<string, boolean>();
const MOST_KNOWN = 4096;

/** Whether a URL parameter of this name carries a credential, whatever its case and separators. */
export const isTokenName = (name: string): boolean => {
  let verdict = known.get(name);
  if (verdict === undefined) {
    verdict = nameSaysToken(name);
    if (known.size >= MOST_KNOWN) known.clear();
    known.set(name, verdict);
  }
  return verdict;
};
