import { kindKey } from '../i18n/kind-key.ts';
import type { MessageRef } from '../i18n/message-ref.ts';
import type { MessageKey } from '../i18n/translate.ts';
import type { RejectReason } from '../store/storage-decision.ts';
import type { NotHeldReason, WithholdReason } from '../cookie-state.ts';
import type { SessionArchitecture } from '../model.ts';
import type { ArchitectureEvidence } from './architecture.ts';
import type { AuthEvidence } from './auth-marks.ts';
import type { SessionEvent } from './events.ts';


export const EVENT_TYPE_KEYS: Readonly<Record<SessionEvent['type'], MessageKey>> = {
  issued: 'event_issued',
  sent: 'event_sent',
  rotated: 'event_rotated',
  cleared: 'event_cleared',
  leaked: 'event_leaked',
  login: 'event_login',
  logout: 'event_logout',
};

const LEAK_KEYS = {
  url: 'event_leaked_url',
  referer: 'event_leaked_referer',
  'third-party': 'event_leaked_third_party',
  http: 'event_leaked_http',
} as const satisfies Record<Extract<SessionEvent, { type: 'leaked' }>['channel'], MessageKey>;

const CLEAR_KEYS = {
  expired: 'event_cleared_expired',
  'empty-value': 'event_cleared_empty_value',
} as const satisfies Record<Extract<SessionEvent, { type: 'cleared' }>['reason'], MessageKey>;

export const AUTH_EVIDENCE_KEYS: Readonly<Record<AuthEvidence, MessageKey>> = {
  'password-field': 'auth_evidence_password_field',
  'login-path': 'auth_evidence_login_path',
  'logout-path': 'auth_evidence_logout_path',
  'credentials-then-new-session': 'auth_evidence_credentials_then_new_session',
};

/** The details an event carries beyond its type: where it leaked, how it was cleared, why a login. */
export const eventDetailMessages = (event: SessionEvent): readonly MessageRef[] => {
  switch (event.type) {
    case 'leaked':
      return [{ key: LEAK_KEYS[event.channel], args: [event.host] }];
    case 'cleared':
      return [{ key: CLEAR_KEYS[event.reason], args: [] }];
    case 'login':
    case 'logout':
      return event.evidence.map((evidence) => ({ key: AUTH_EVIDENCE_KEYS[evidence], args: [] }));
    case 'issued':
    case 'rotated':
    case 'sent':
      return [];
  }
};

export const ARCHITECTURE_KEYS: Readonly<Record<SessionArchitecture, { readonly name: MessageKey; readonly detail: MessageKey }>> = {
  'server-session': { name: 'architecture_server_session', detail: 'architecture_server_session_detail' },
  'stateless-token': { name: 'architecture_stateless_token', detail: 'architecture_stateless_token_detail' },
  'load-balancer-sticky': { name: 'architecture_load_balancer_sticky', detail: 'architecture_load_balancer_sticky_detail' },
  mixed: { name: 'architecture_mixed', detail: 'architecture_mixed_detail' },
  unknown: { name: 'architecture_unknown', detail: 'architecture_unknown_detail' },
};

export const architectureEvidenceMessage = (evidence: ArchitectureEvidence): MessageRef => {
  switch (evidence.kind) {
    case 'opaque-session-cookie':
      return { key: 'architecture_evidence_opaque_session_cookie', args: [evidence.cookie] };
    case 'opaque-bearer-token':
      return { key: 'architecture_evidence_opaque_bearer_token', args: [] };
    case 'jwt-cookie':
      return { key: 'architecture_evidence_jwt_cookie', args: [evidence.cookie] };
    case 'client-session-cookie':
      return { key: 'architecture_evidence_client_session_cookie', args: [evidence.cookie, evidence.framework] };
    case 'jwt-bearer-token':
      return { key: 'architecture_evidence_jwt_bearer_token', args: [] };
    case 'load-balancer-cookie':
      return { key: 'architecture_evidence_load_balancer_cookie', args: [evidence.cookie] };
    case 'backend-in-value':
      return { key: 'architecture_evidence_backend_in_value', args: [evidence.cookie] };
    case 'several-backends':
      return { key: 'architecture_evidence_several_backends', args: [evidence.cookie, String(evidence.backends)] };
  }
};

/** `reject_<reason>`: why a browser refuses a Set-Cookie (src/core/store/storage-decision.ts). */
export const rejectionKey = (reason: RejectReason): MessageKey => kindKey('reject', reason);

/** `not_held_<reason>`: why the live browser most likely does not hold a cookie the recording saw set. */
export const notHeldKey = (reason: NotHeldReason): MessageKey => kindKey('not_held', reason);

/** `withheld_<reason>`: why a request did not carry a cookie the jar held for its host. */
export const withheldKey = (reason: WithholdReason): MessageKey => kindKey('withheld', reason);
