import type { Exchange } from '../exchange.ts';
import type { SplitUrl } from '../url-split.ts';

/** Why an exchange is taken for a login or a logout; catalog key `auth_evidence_<kind with _>`. */
export type AuthEvidence = 'password-field' | 'login-path' | 'logout-path' | 'credentials-then-new-session';

export type AuthMark =
  | { readonly kind: 'login'; readonly evidence: readonly AuthEvidence[] }
  | { readonly kind: 'logout'; readonly evidence: readonly AuthEvidence[] };

/** `password`, `passwd`, `user[password]`, WordPress's `pwd`, `new_pass`; not `passenger` or `bypass`. */
const PASSWORD_FIELD = /password|passwd|passphrase|(?:^|[^a-z])(?:pass|pwd|pw)(?:[^a-z]|$)/i;
const LOGOUT_PATH = /(?:^|[^a-z])(?:log[-_]?out|sign[-_]?out|log[-_]?off|sign[-_]?off)(?:[^a-z]|$)/;
const LOGIN_PATH = /(?:^|[^a-z])(?:log[-_]?in|sign[-_]?in|log[-_]?on|auth|authenticate|oauth|session|sessions)(?:[^a-z]|$)/;

export const hasPasswordField = (exchange: Exchange): boolean =>
  exchange.requestBody.kind === 'fields' && exchange.requestBody.names.some((name) => PASSWORD_FIELD.test(name));

const lowerPath = (url: Pick<SplitUrl, 'pathname'> | null): string => (url === null ? '' : url.pathname.toLowerCase());

/**
 * Recognises a logout (a logout/signout path, or DELETE on a session path) and a login (a POST with a
 * password-like field, or a POST to a login/signin/auth/session path). Values are never looked at.
 */
export const authMarkOf = (exchange: Exchange, url: Pick<SplitUrl, 'pathname'> | null): AuthMark | null => {
  const path = lowerPath(url);
  const loginPath = LOGIN_PATH.test(path);
  if (LOGOUT_PATH.test(path) || (exchange.method === 'DELETE' && loginPath)) return { kind: 'logout', evidence: ['logout-path'] };
  if (exchange.method !== 'POST') return null;
  const evidence: AuthEvidence[] = [];
  if (hasPasswordField(exchange)) evidence.push('password-field');
  if (loginPath) evidence.push('login-path');
  return evidence.length === 0 ? null : { kind: 'login', evidence };
};
