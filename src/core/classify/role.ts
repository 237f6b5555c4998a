import type { Role } from '../model.ts';
import { decodeBigIp } from './bigip.ts';
import { estimateEntropyBits } from './entropy.ts';
import { CLIENT_SESSION_NAMES, decodeClientSession, type ClientSession } from './client-session.ts';
import { decodeJwt } from './jwt.ts';
import {
  AUTH_TOKEN_NAMES,
  AUTH_WORDS,
  CSRF_NAMES,
  LOAD_BALANCER_NAMES,
  PREFERENCE_WORDS,
  SESSION_ID_NAMES,
  SESSION_WORDS,
  TRACKING_NAMES,
  type NameRow,
} from './role-names.ts';
import type { RoleEvidence, RoleVerdict } from './types.ts';

/** Below this a keyword-named value reads as a flag, counter or timestamp rather than an identifier. */
const LOOKS_RANDOM_MIN_BITS = 40;

/** Name tables in precedence order: a tracker's `_hjSession` is tracking, `csrf_token` is not an auth token. */
const NAME_TABLES: readonly (readonly [Role, readonly NameRow[]])[] = [
  ['csrf', CSRF_NAMES],
  ['load-balancer', LOAD_BALANCER_NAMES],
  ['tracking', TRACKING_NAMES],
  ['session-id', SESSION_ID_NAMES],
  ['auth-token', AUTH_TOKEN_NAMES],
];

const BIG_IP = 'F5 BIG-IP';

const withoutPrefix = (name: string): string => name.replace(/^__(host|secure)-/i, '');

/** Lower-case words of a name (`MS_SESS` → ms, sess; `sessionId` → session, id) plus each adjacent pair joined. */
const nameWords = (name: string): readonly string[] => {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  const pairs = words.slice(1).map((word, index) => `${words[index] ?? ''}${word}`);
  return [...words, ...pairs];
};

const findWord = (words: readonly string[], vocabulary: readonly string[]): string | null =>
  vocabulary.find((word) => words.includes(word)) ?? null;

/** Session words also count at the end of a run-together name: `zentaosid`, `mysession`. */
const sessionWord = (name: string, words: readonly string[]): string | null => {
  const compact = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  return findWord(words, SESSION_WORDS) ?? SESSION_WORDS.find((word) => compact.endsWith(word)) ?? null;
};

/** What a value's shape alone shows: a JWT, or a BIG-IP persistence value. */
type ValueEvidence = Extract<RoleEvidence, { readonly kind: 'jwt-value' | 'load-balancer-value' | 'client-session-value' }>;

const VALUE_ROLE: Readonly<Record<ValueEvidence['kind'], Role>> = {
  'jwt-value': 'auth-token',
  'load-balancer-value': 'load-balancer',
  'client-session-value': 'session-id',
};

const valueEvidenceOf = (value: string, session: () => ClientSession | null): ValueEvidence | null => {
  if (decodeJwt(value) !== null) return { kind: 'jwt-value' };
  if (decodeBigIp(value) !== null) return { kind: 'load-balancer-value', product: BIG_IP };
  const decoded = session();
  return decoded === null ? null : { kind: 'client-session-value', framework: CLIENT_SESSION_NAMES[decoded.format] };
};

/** A known name decides; what the value shows is kept as further evidence. */
const byNameTable = (name: string, shown: ValueEvidence | null): RoleVerdict | null => {
  for (const [role, rows] of NAME_TABLES) {
    const row = rows.find((candidate) => candidate.name.test(name));
    if (row !== undefined) return { role, evidence: shown === null ? [row.evidence] : [row.evidence, shown] };
  }
  return null;
};

const byValueShape = (shown: ValueEvidence | null): RoleVerdict | null => {
  if (shown === null) return null;
  return { role: VALUE_ROLE[shown.kind], evidence: [shown] };
};

interface KeywordCandidate {
  readonly role: 'session-id' | 'auth-token';
  readonly keyword: string;
}

/** A session word outranks an auth word: `session_token` names a session. */
const keywordCandidate = (name: string): KeywordCandidate | null => {
  const words = nameWords(name);
  const session = sessionWord(name, words);
  if (session !== null) return { role: 'session-id', keyword: session };
  const auth = findWord(words, AUTH_WORDS);
  return auth === null ? null : { role: 'auth-token', keyword: auth };
};

const byKeywordAndRandomValue = (name: string, value: string): RoleVerdict | null => {
  const candidate = keywordCandidate(name);
  if (candidate === null) return null;
  const entropyBits = estimateEntropyBits(value);
  if (entropyBits === null || entropyBits < LOOKS_RANDOM_MIN_BITS) return null;
  return {
    role: candidate.role,
    evidence: [
      { kind: 'name-keyword', keyword: candidate.keyword },
      { kind: candidate.role === 'session-id' ? 'random-value' : 'bearer-like-value', entropyBits },
    ],
  };
};

const byPreferenceWord = (name: string): RoleVerdict | null => {
  const word = findWord(nameWords(name), PREFERENCE_WORDS);
  return word === null ? null : { role: 'preference', evidence: [{ kind: 'preference-name', keyword: word }] };
};

const UNKNOWN: RoleVerdict = { role: 'unknown', evidence: [{ kind: 'no-evidence' }] };

const SIGNATURE_SUFFIX = /\.sig$/i;

/** A signature cookie carries nothing of its own: its sibling is the session, judged in its own right. */
const bySignatureName = (name: string): RoleVerdict | null =>
  SIGNATURE_SUFFIX.test(name) ? { role: 'unknown', evidence: [{ kind: 'signature-cookie', signs: name.replace(SIGNATURE_SUFFIX, '') }] } : null;

/**
 * What a cookie is for, with the evidence that decided it. Known names win over value shapes (a JWT named
 * `x-csrf-jwt` is a CSRF token); generic `session`/`token` names need a random-looking value too.
 * `session` is the value decoded as a client-side session, when the caller has decoded it already (the
 * `__Host-`/`__Secure-` prefix does not change what it decodes to).
 */
export const classifyRole = (name: string, value: string, session?: ClientSession | null): RoleVerdict => {
  const bareName = withoutPrefix(name);
  const shown = valueEvidenceOf(value, () => (session === undefined ? decodeClientSession(bareName, value) : session));
  return (
    bySignatureName(bareName) ??
    byNameTable(bareName, shown) ??
    byValueShape(shown) ??
    byKeywordAndRandomValue(bareName, value) ??
    byPreferenceWord(bareName) ??
    UNKNOWN
  );
};
