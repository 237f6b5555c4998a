import { parseCookieHeader } from '../core/parse/cookie-header.ts';
import { maskValue } from '../core/report/mask.ts';
import type { Exchange, Header } from '../core/exchange.ts';
import type { MessageKey } from '../core/i18n/translate.ts';
import type { SetCookieOutcome } from '../core/store/jar.ts';
import { rejectionKey, withheldKey } from '../core/trace/messages.ts';
import type { ExchangeCookies } from '../core/trace/replay.ts';
import { useTranslate } from './translate.ts';

/** Whose value to highlight: a cookie by name, or the bearer token of the `Authorization` header. */
export type Highlight = { readonly kind: 'cookie'; readonly name: string } | { readonly kind: 'authorization' };

export const sameHighlight = (a: Highlight, b: Highlight): boolean =>
  a.kind === 'cookie' ? b.kind === 'cookie' && a.name === b.name : b.kind === 'authorization';

export interface ExchangeViewProps {
  readonly exchange: Exchange;
  /** The exchange's index in the recording, shown 1-based. */
  readonly index: number;
  readonly highlight: Highlight;
  /** What the jar did with each Set-Cookie of the response, and the cookies the request did not carry. */
  readonly cookies: ExchangeCookies;
  readonly reveal: boolean;
  /** Masks secrets inside free text such as a URL (identity when values are revealed). */
  readonly redact: (text: string) => string;
  readonly onClose: () => void;
}

const headersNamed = (headers: readonly Header[], name: string): readonly Header[] =>
  headers.filter((header) => header.name.toLowerCase() === name);

const Value = ({ value, reveal, highlighted }: { readonly value: string; readonly reveal: boolean; readonly highlighted: boolean }) => {
  const shown = reveal ? value : maskValue(value);
  return highlighted ? <mark class="session-value">{shown}</mark> : <span class="value">{shown}</span>;
};

const CookieLine = ({ header, highlight, reveal }: { readonly header: Header; readonly highlight: Highlight; readonly reveal: boolean }) => {
  const { pairs } = parseCookieHeader(header.value);
  return (
    <code class="header-line">
      {pairs.map((pair, index) => (
        <span key={index} class="pair">
          {index > 0 ? '; ' : ''}
          {pair.name}=
          <Value value={pair.value} reveal={reveal} highlighted={highlight.kind === 'cookie' && highlight.name === pair.name} />
        </span>
      ))}
    </code>
  );
};

/** Splits `name=value; attributes` for display only: the value is masked, the attributes shown as sent. */
const setCookieParts = (line: string): { readonly name: string; readonly value: string; readonly rest: string } => {
  const semicolon = line.indexOf(';');
  const pair = semicolon < 0 ? line : line.slice(0, semicolon);
  const rest = semicolon < 0 ? '' : line.slice(semicolon);
  const equals = pair.indexOf('=');
  return equals < 0
    ? { name: '', value: pair.trim(), rest }
    : { name: pair.slice(0, equals).trim(), value: pair.slice(equals + 1).trim(), rest };
};

const OUTCOME_LABEL: Readonly<Record<SetCookieOutcome['kind'], MessageKey>> = {
  stored: 'ui_outcome_stored',
  updated: 'ui_outcome_updated',
  deleted: 'ui_outcome_deleted',
  refused: 'ui_outcome_refused',
};

const Outcome = ({ outcome }: { readonly outcome: SetCookieOutcome }) => {
  const t = useTranslate();
  return (
    <span class={`outcome outcome-${outcome.kind}`}>
      {t(OUTCOME_LABEL[outcome.kind])}
      {outcome.kind === 'refused' ? `: ${t(rejectionKey(outcome.reason))}` : ''}
    </span>
  );
};

const SetCookieLine = ({ line, highlight, reveal }: { readonly line: string; readonly highlight: Highlight; readonly reveal: boolean }) => {
  const { name, value, rest } = setCookieParts(line);
  return (
    <code class="header-line">
      {name}=
      <Value value={value} reveal={reveal} highlighted={highlight.kind === 'cookie' && highlight.name === name} />
      {rest}
    </code>
  );
};

const AuthorizationLine = ({ header, highlight, reveal }: { readonly header: Header; readonly highlight: Highlight; readonly reveal: boolean }) => {
  const space = header.value.indexOf(' ');
  const scheme = space < 0 ? '' : header.value.slice(0, space + 1);
  return (
    <code class="header-line">
      {scheme}
      <Value value={header.value.slice(scheme.length)} reveal={reveal} highlighted={highlight.kind === 'authorization'} />
    </code>
  );
};

/** One exchange's cookie traffic: the request's Cookie (and Authorization) headers and the Set-Cookie lines. */
export const ExchangeView = ({ exchange, index, highlight, cookies, reveal, redact, onClose }: ExchangeViewProps) => {
  const t = useTranslate();
  const cookieHeaders = headersNamed(exchange.requestHeaders, 'cookie');
  const authorization = headersNamed(exchange.requestHeaders, 'authorization');
  const { response } = exchange;
  return (
    <section class="exchange-view" aria-labelledby="exchange-view-heading">
      <header class="detail-header">
        <h3 id="exchange-view-heading">{t('ui_exchange_heading', [String(index + 1), exchange.method, redact(exchange.url)])}</h3>
        <button type="button" class="close" title={t('ui_exchange_close')} aria-label={t('ui_exchange_close')} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="status">
        {response.kind === 'received' ? t('ui_exchange_status', [String(response.status)]) : t('ui_exchange_no_response')}
      </p>
      <h4>{t('ui_exchange_cookie_header')}</h4>
      {cookieHeaders.length === 0 ? <p class="absent">{t('ui_exchange_header_absent')}</p> : null}
      {cookieHeaders.map((header, i) => (
        <CookieLine key={i} header={header} highlight={highlight} reveal={reveal} />
      ))}
      {authorization.length > 0 || highlight.kind === 'authorization' ? <h4>{t('ui_exchange_authorization_header')}</h4> : null}
      {authorization.map((header, i) => (
        <AuthorizationLine key={i} header={header} highlight={highlight} reveal={reveal} />
      ))}
      {cookies.withheld.length === 0 ? null : (
        <>
          <h4>{t('ui_exchange_withheld')}</h4>
          <ul class="withheld">
            {cookies.withheld.map(({ cookie, reason }, i) => (
              <li key={i}>{t('ui_exchange_withheld_line', [cookie.name, `${cookie.domain}${cookie.path}`, t(withheldKey(reason))])}</li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('ui_exchange_set_cookie')}</h4>
      {cookies.setCookies.length === 0 ? <p class="absent">{t('ui_exchange_header_absent')}</p> : null}
      {cookies.setCookies.map(({ header, outcome }, i) => (
        <div key={i} class="set-cookie">
          <SetCookieLine line={header} highlight={highlight} reveal={reveal} />
          <Outcome outcome={outcome} />
        </div>
      ))}
    </section>
  );
};
