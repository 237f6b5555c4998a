import { maskValue } from '../core/report/mask.ts';
import type { ComponentChildren } from 'preact';
import { CLIENT_SESSION_NAMES } from '../core/classify/client-session.ts';
import type { LoadBalancerBackend } from '../core/classify/types.ts';
import type { JsonObject, JsonValue } from '../core/json.ts';
import type { CookieOrigin } from '../core/model.ts';
import type { Translate } from '../core/i18n/translate.ts';
import type { CookieRow } from './cookie-rows.ts';
import { CookieValue } from './CookieValue.tsx';
import { FindingAdvice, FindingHeadline } from './FindingText.tsx';
import { PARTY_LABEL, PRIORITY_LABEL, SAMESITE_LABEL } from './labels.ts';
import { ROLE_LABEL } from '../core/i18n/role-labels.ts';
import { CookieStateBadge, stateReasonKey } from './CookieState.tsx';
import { LifetimeBadge } from './LifetimeBadge.tsx';
import { withheldKey } from '../core/trace/messages.ts';
import type { MessageRef } from '../core/i18n/message-ref.ts';
import { anomalyText, evidenceText } from './messages.ts';
import { useTranslate } from './translate.ts';

/** JWT claims that hold NumericDate seconds (RFC 7519 section 4.1). */
const DATE_CLAIMS = new Set(['exp', 'iat', 'nbf', 'auth_time']);

const isoDate = (epochMs: number): string => {
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime()) ? String(epochMs) : date.toISOString();
};

/** Claim values are page data like the cookie's value (an email, a user id): masked alike, dates aside. */
const claimText = (name: string, value: JsonValue, reveal: boolean): string => {
  const json = JSON.stringify(value);
  if (typeof value === 'number' && DATE_CLAIMS.has(name)) return `${json} (${isoDate(value * 1000)})`;
  const text = typeof value === 'string' ? value : json;
  return reveal ? text : maskValue(text);
};

const JsonList = ({ object, reveal }: { readonly object: JsonObject; readonly reveal: boolean }) => (
  <dl class="json-list">
    {Object.entries(object).map(([name, value]) => (
      <div key={name} class="pair">
        <dt>{name}</dt>
        <dd>
          <code>{claimText(name, value, reveal)}</code>
        </dd>
      </div>
    ))}
  </dl>
);

const backendText = (backend: LoadBalancerBackend, t: Translate): string => {
  switch (backend.kind) {
    case 'bigip-ipv4':
    case 'bigip-ipv6':
      return t('ui_backend_address', [backend.address, String(backend.port)]);
    case 'bigip-route-domain':
      return t('ui_backend_route_domain', [backend.address, String(backend.port), String(backend.routeDomain)]);
    case 'named-server':
      return t('ui_backend_named', [backend.server]);
  }
};

const originText = (origin: CookieOrigin, t: Translate): string => {
  switch (origin.kind) {
    case 'set-cookie':
      return t('ui_origin_set_cookie', [origin.url]);
    case 'browser-api':
      return t('ui_origin_browser_api');
    case 'har-cookie':
      return t('ui_origin_har_cookie', [origin.url]);
    case 'request-header':
      return t('ui_origin_request_header', [origin.url]);
  }
};

const Attribute = ({ label, children }: { readonly label: string; readonly children: ComponentChildren }) => (
  <div class="pair">
    <dt>{label}</dt>
    <dd>{children}</dd>
  </div>
);

const TextList = ({ items, className }: { readonly items: readonly MessageRef[]; readonly className: string }) => {
  const t = useTranslate();
  return (
    <ul class={className}>
      {items.map((item, index) => (
        <li key={index}>{t(item.key, item.args)}</li>
      ))}
    </ul>
  );
};

const Section = ({ title, children }: { readonly title: string; readonly children: ComponentChildren }) => (
  <section class="detail-section">
    <h3>{title}</h3>
    {children}
  </section>
);

export interface CookieDetailProps {
  readonly row: CookieRow;
  readonly reveal: boolean;
  readonly onClose: () => void;
}

const WithheldList = ({ withheld }: { readonly withheld: CookieRow['withheld'] }) => {
  const t = useTranslate();
  return (
    <ul class="withheld">
      {withheld.map(({ reason, requests, firstExchange }) => (
        <li key={reason}>{t('ui_withheld_line', [t(withheldKey(reason)), String(requests), String(firstExchange + 1)])}</li>
      ))}
    </ul>
  );
};

export const CookieDetail = ({ row, reveal, onClose }: CookieDetailProps) => {
  const t = useTranslate();
  const { cookie, role, party, lifetime, jwt, clientSession, backend, anomalies, entropyBits } = row.classified;
  // A cookie seen only in requests has no attribute anyone told: unknown, not "no".
  const known = lifetime.kind !== 'unknown';
  const yesNo = (value: boolean): string => (known ? t(value ? 'ui_yes' : 'ui_no') : t('ui_unknown'));
  const { state } = row.classified;
  const reason = stateReasonKey(state);
  return (
    <aside class="cookie-detail" aria-labelledby="cookie-detail-name">
      <header class="detail-header">
        <h2 id="cookie-detail-name">{cookie.name}</h2>
        <button type="button" class="close" title={t('ui_detail_close')} aria-label={t('ui_detail_close')} onClick={onClose}>
          ×
        </button>
      </header>
      <Section title={t('ui_detail_attributes')}>
        <dl class="attributes">
          <Attribute label={t('ui_attr_state')}>
            <CookieStateBadge state={state} />
          </Attribute>
          <Attribute label={t('ui_attr_value')}>
            <CookieValue value={cookie.value} reveal={reveal} />
          </Attribute>
          <Attribute label={t('ui_attr_domain')}>{cookie.domain}</Attribute>
          <Attribute label={t('ui_attr_host_only')}>{yesNo(cookie.hostOnly)}</Attribute>
          <Attribute label={t('ui_attr_path')}>{cookie.path}</Attribute>
          <Attribute label={t('ui_attr_lifetime')}>
            <LifetimeBadge lifetime={lifetime} />
          </Attribute>
          <Attribute label={t('ui_attr_expires')}>
            {!known ? t('ui_unknown') : cookie.expiry.kind === 'persistent' ? isoDate(cookie.expiry.expiresAt) : t('ui_badge_session')}
          </Attribute>
          <Attribute label={t('ui_attr_secure')}>{yesNo(cookie.secure)}</Attribute>
          <Attribute label={t('ui_attr_httponly')}>{yesNo(cookie.httpOnly)}</Attribute>
          <Attribute label={t('ui_attr_samesite')}>{known ? t(SAMESITE_LABEL[cookie.sameSite]) : t('ui_unknown')}</Attribute>
          <Attribute label={t('ui_attr_partitioned')}>{yesNo(cookie.partitioned)}</Attribute>
          <Attribute label={t('ui_attr_partition_key')}>{cookie.partitionKey ?? t('ui_none')}</Attribute>
          <Attribute label={t('ui_attr_priority')}>{t(PRIORITY_LABEL[cookie.priority])}</Attribute>
          <Attribute label={t('ui_attr_created')}>{isoDate(cookie.creationTime)}</Attribute>
          <Attribute label={t('ui_attr_origin')}>{originText(cookie.origin, t)}</Attribute>
          <Attribute label={t('ui_attr_size')}>{t('ui_size_bytes', [String(row.size)])}</Attribute>
          <Attribute label={t('ui_attr_party')}>{t(PARTY_LABEL[party])}</Attribute>
          <Attribute label={t('ui_attr_role')}>{t(ROLE_LABEL[role.role])}</Attribute>
          <Attribute label={t('ui_attr_entropy')}>
            {entropyBits === null ? t('ui_entropy_unknown') : t('ui_entropy_bits', [String(Math.round(entropyBits))])}
          </Attribute>
        </dl>
      </Section>
      {role.evidence.length > 0 ? (
        <Section title={t('ui_detail_role_evidence')}>
          <TextList className="evidence" items={role.evidence.map(evidenceText)} />
        </Section>
      ) : null}
      {jwt === null ? null : (
        <Section title={t('ui_detail_jwt')}>
          <h4>{t('ui_detail_jwt_header')}</h4>
          {/* The header names the algorithm and key, never a user: always shown. */}
          <JsonList object={jwt.header} reveal />
          <h4>{t('ui_detail_jwt_claims')}</h4>
          <JsonList object={jwt.claims} reveal={reveal} />
        </Section>
      )}
      {clientSession === null ? null : (
        <Section title={t('ui_detail_client_session', [CLIENT_SESSION_NAMES[clientSession.format]])}>
          {clientSession.data === null ? <p class="encrypted">{t('ui_client_session_encrypted')}</p> : <JsonList object={clientSession.data} reveal={reveal} />}
        </Section>
      )}
      {backend === null ? null : (
        <Section title={t('ui_detail_backend')}>
          <p class="backend">{backendText(backend, t)}</p>
        </Section>
      )}
      {anomalies.length > 0 ? (
        <Section title={t('ui_detail_anomalies')}>
          <TextList className="anomalies" items={anomalies.map(anomalyText)} />
        </Section>
      ) : null}
      {reason === null ? null : (
        <Section title={t(state.kind === 'refused' ? 'ui_detail_rejection' : 'ui_detail_not_held')}>
          <p class="rejection">{t(reason)}</p>
        </Section>
      )}
      {row.withheld.length === 0 ? null : (
        <Section title={t('ui_detail_withheld')}>
          <WithheldList withheld={row.withheld} />
        </Section>
      )}
      <Section title={t('ui_detail_findings')}>
        {row.findings.length === 0 ? (
          <p class="empty">{t('ui_detail_no_findings')}</p>
        ) : (
          <ul class="detail-findings">
            {row.findings.map((finding, index) => (
              <li key={`${finding.rule}-${index}`}>
                <FindingHeadline finding={finding} />
                <FindingAdvice finding={finding} />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </aside>
  );
};
