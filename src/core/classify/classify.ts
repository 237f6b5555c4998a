import type { CookieState } from '../cookie-state.ts';
import type { Cookie, Role } from '../model.ts';
import type { Anomaly } from '../parse/anomaly.ts';
import { backendOf } from './backend.ts';
import { estimateEntropyBits } from './entropy.ts';
import { decodeClientSession } from './client-session.ts';
import { decodeJwt } from './jwt.ts';
import { lifetimeOf } from './lifetime.ts';
import { partyOf } from './party.ts';
import { classifyRole } from './role.ts';
import type { ClassifiedCookie, ClassifyContext } from './types.ts';

/** Roles whose value is a secret an attacker would guess: only for these does the value's randomness matter. */
const SECRET_ROLES: ReadonlySet<Role> = new Set<Role>(['session-id', 'auth-token', 'csrf']);

const HELD: CookieState = { kind: 'held' };

/** Everything Crumbtrail can tell about one cookie before auditing it. */
export const classifyCookie = (
  cookie: Cookie,
  ctx: ClassifyContext,
  anomalies: readonly Anomaly[] = [],
  state: CookieState = HELD,
): ClassifiedCookie => {
  const clientSession = decodeClientSession(cookie.name, cookie.value);
  const role = classifyRole(cookie.name, cookie.value, clientSession);
  return {
    cookie,
    role,
    party: partyOf(cookie.domain, ctx.pageUrl),
    scope: cookie.hostOnly ? 'host-only' : 'domain',
    lifetime: lifetimeOf(cookie, ctx.now),
    jwt: decodeJwt(cookie.value),
    clientSession,
    backend: backendOf(cookie.name, cookie.value),
    entropyBits: SECRET_ROLES.has(role.role) ? estimateEntropyBits(cookie.value) : null,
    anomalies,
    state,
  };
};
