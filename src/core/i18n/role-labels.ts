import type { Role } from '../model.ts';
import type { MessageKey } from './translate.ts';

/** The catalog key that names each role; one table, so the CLI and the extension name roles alike. */
export const ROLE_LABEL: Readonly<Record<Role, MessageKey>> = {
  'session-id': 'role_session_id',
  'auth-token': 'role_auth_token',
  'load-balancer': 'role_load_balancer',
  csrf: 'role_csrf',
  tracking: 'role_tracking',
  preference: 'role_preference',
  unknown: 'role_unknown',
};
