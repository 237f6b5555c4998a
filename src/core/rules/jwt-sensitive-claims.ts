import { isJsonObject, type JsonObject } from '../json.ts';
import { wordsOf } from '../words.ts';
import { fullMatch, lesserMatch, sameForEveryRole, cookieRule } from './rule.ts';

type Words = readonly string[];

/** Claim names that hold a secret: whoever reads the token can use it directly. */
const SECRET_NAMES: readonly Words[] = [
  ['password'], ['passwd'], ['pwd'], ['pass'], ['passphrase'], ['secret'],
  ['api', 'key'], ['apikey'], ['private', 'key'],
  ['ssn'], ['social', 'security'], ['rrn'], ['jumin'],
  ['credit', 'card'], ['card', 'number'], ['cc', 'number'], ['cvv'], ['cvc'], ['iban'],
];

/** Claim names that hold personal data. Roles, scopes and admin flags are not secret: they are left out. */
const PERSONAL_NAMES: readonly Words[] = [
  ['email'], ['e', 'mail'], ['mail'], ['phone'], ['mobile'], ['tel'], ['address'],
  ['birthdate'], ['birthday'], ['birth', 'date'], ['dob'],
];

/** `email_verified` and `phone_number_verified` are standard OpenID Connect flags, not the data itself. */
const FLAG_WORDS: ReadonlySet<string> = new Set(['verified']);

/** Claims nest (`user.email`); deeper than this is not a claim name anyone reads. */
const MAX_DEPTH = 3;

type Sensitivity = 'secret' | 'personal';

interface SensitiveClaim {
  readonly path: string;
  readonly sensitivity: Sensitivity;
}

const containsRun = (words: Words, run: Words): boolean =>
  words.some((_, start) => run.every((word, offset) => words[start + offset] === word));

const sensitivityOf = (claimName: string): Sensitivity | null => {
  const words = wordsOf(claimName);
  if (words.some((word) => FLAG_WORDS.has(word))) return null;
  if (SECRET_NAMES.some((run) => containsRun(words, run))) return 'secret';
  return PERSONAL_NAMES.some((run) => containsRun(words, run)) ? 'personal' : null;
};

const sensitiveClaims = (claims: JsonObject, parent: string, depth: number): readonly SensitiveClaim[] =>
  Object.entries(claims).flatMap(([name, value]) => {
    const path = parent === '' ? name : `${parent}.${name}`;
    const sensitivity = sensitivityOf(name);
    const own = sensitivity === null ? [] : [{ path, sensitivity }];
    const nested = isJsonObject(value) && depth < MAX_DEPTH ? sensitiveClaims(value, path, depth + 1) : [];
    return [...own, ...nested];
  });

/**
 * A JWT's payload is only base64url-encoded: anyone who sees the cookie (page scripts, proxies, logs, the
 * browser's own storage) reads its claims. Only claim names go into the message, never their values.
 */
export const jwtSensitiveClaims = cookieRule({
  id: 'jwt-sensitive-claims',
  reads: 'name-and-value',
  severity: sameForEveryRole('high'),
  check: ({ jwt }) => {
    if (jwt === null) return null;
    const found = sensitiveClaims(jwt.claims, '', 1);
    if (found.length === 0) return null;
    const names = found.map((claim) => claim.path).join(', ');
    return found.some((claim) => claim.sensitivity === 'secret') ? fullMatch(names) : lesserMatch(names);
  },
});
