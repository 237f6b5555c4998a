import type { ClassifiedCookie, DecodedJwt, Lifetime } from '../../../src/core/classify/types.ts';
import type { JsonObject } from '../../../src/core/json.ts';
import type { Cookie, Expiry, Role } from '../../../src/core/model.ts';
import { NOW, STRONG_ID, cookie } from '../../support/cookie.ts';

export { NOW, STRONG_ID, cookie };

export const DAY_MS = 86_400_000;

export const persistentFor = (days: number): Expiry => ({ kind: 'persistent', expiresAt: NOW + days * DAY_MS });

const lifetimeOf = (expiry: Expiry): Lifetime =>
  expiry.kind === 'session'
    ? { kind: 'session' }
    : expiry.expiresAt <= NOW
      ? { kind: 'expired' }
      : { kind: 'persistent', remainingSeconds: (expiry.expiresAt - NOW) / 1000 };

export type ClassifiedFields = Partial<Omit<ClassifiedCookie, 'cookie' | 'role'>> & {
  readonly cookie?: Partial<Cookie>;
  readonly role?: Role;
};

/**
 * A ClassifiedCookie built by hand, so rule tests do not depend on the classifier. Scope and lifetime follow
 * the cookie's hostOnly and expiry unless given.
 */
export const classified = (fields: ClassifiedFields = {}): ClassifiedCookie => {
  const { cookie: cookieFields, role = 'session-id', ...rest } = fields;
  const built = cookie(cookieFields);
  return {
    cookie: built,
    role: { role, evidence: [{ kind: 'no-evidence' }] },
    party: 'first',
    scope: built.hostOnly ? 'host-only' : 'domain',
    lifetime: lifetimeOf(built.expiry),
    jwt: null,
    clientSession: null,
    backend: null,
    entropyBits: 128,
    anomalies: [],
    state: { kind: 'held' },
    ...rest,
  };
};

export const jwt = (claims: JsonObject, alg: string | null = 'HS256'): DecodedJwt => ({
  header: alg === null ? { typ: 'JWT' } : { alg, typ: 'JWT' },
  claims,
  alg,
});
