import type { RoleEvidence } from './types.ts';

/**
 * Cookie names that decide a role by themselves, one table per role. Matched case-insensitively against
 * the name without its `__Host-`/`__Secure-` prefix; the first matching row gives the evidence.
 * Framework and vendor names are proper nouns shown as `$1`, not prose.
 */
export interface NameRow {
  readonly name: RegExp;
  readonly evidence: RoleEvidence;
}

const framework = (name: RegExp, frameworkName: string): NameRow => ({
  name,
  evidence: { kind: 'framework-name', framework: frameworkName },
});

const keyword = (name: RegExp, keywordText: string): NameRow => ({
  name,
  evidence: { kind: 'name-keyword', keyword: keywordText },
});

const balancer = (name: RegExp, product: string): NameRow => ({
  name,
  evidence: { kind: 'load-balancer-name', product },
});

const tracker = (name: RegExp, vendor: string): NameRow => ({
  name,
  evidence: { kind: 'tracker-name', vendor },
});

export const SESSION_ID_NAMES: readonly NameRow[] = [
  framework(/^JSESSIONID(SSO)?$/i, 'Java Servlet'),
  framework(/^PHPSESSID$/i, 'PHP'),
  framework(/^ASP\.NET_SessionId$/i, 'ASP.NET'),
  framework(/^ASPSESSIONID[A-Z]{8}$/i, 'Classic ASP'),
  framework(/^\.AspNetCore\.Session$/i, 'ASP.NET Core'),
  framework(/^connect\.sid$/i, 'Express (express-session)'),
  framework(/^express:sess$/i, 'Express (cookie-session)'),
  framework(/^koa[.:]sess$/i, 'Koa (koa-session)'),
  framework(/^sails\.sid$/i, 'Sails.js'),
  framework(/^sessionid$/i, 'Django'),
  framework(/^laravel_session$/i, 'Laravel'),
  framework(/^_session_id$/i, 'Ruby on Rails'),
  framework(/^_[a-z0-9][a-z0-9_-]*_session$/i, 'Ruby on Rails'),
  framework(/^rack\.session$/i, 'Rack'),
  framework(/^S?SESS[0-9a-f]{32}$/i, 'Drupal'),
  framework(/^CF(ID|TOKEN)$/i, 'ColdFusion'),
  framework(/^ci_session$/i, 'CodeIgniter'),
  framework(/^CAKEPHP$/i, 'CakePHP'),
  framework(/^PLAY_SESSION$/i, 'Play Framework'),
  framework(/^zentaosid$/i, 'ZenTao'),
  framework(/^MoodleSession/i, 'Moodle'),
  framework(/^grafana_session$/i, 'Grafana'),
  framework(/^(AUTH_SESSION_ID|KEYCLOAK_SESSION)(_LEGACY)?$/i, 'Keycloak'),
  framework(/^(next-auth|authjs)\.session-token(\.\d+)?$/i, 'Auth.js (NextAuth)'),
  keyword(/^session_id$/i, 'session_id'),
];

export const AUTH_TOKEN_NAMES: readonly NameRow[] = [
  framework(/^\.ASPXAUTH$/i, 'ASP.NET Forms Authentication'),
  framework(/^\.AspNetCore\.(Cookies|Identity\.Application)$/i, 'ASP.NET Core Identity'),
  framework(/^wordpress_(logged_in_|sec_)?[0-9a-f]{32}$/i, 'WordPress'),
  framework(/^remember_user_token$/i, 'Devise (Ruby on Rails)'),
  framework(/^remember_web_[0-9a-f]+$/i, 'Laravel'),
  framework(/^(remember-me|SPRING_SECURITY_REMEMBER_ME_COOKIE)$/i, 'Spring Security'),
  framework(/^KEYCLOAK_IDENTITY(_LEGACY)?$/i, 'Keycloak'),
  framework(/^_oauth2_proxy$/i, 'OAuth2 Proxy'),
  framework(/^CloudFront-(Policy|Signature|Key-Pair-Id)$/i, 'Amazon CloudFront'),
];

export const CSRF_NAMES: readonly NameRow[] = [
  framework(/^csrftoken$/i, 'Django'),
  framework(/^XSRF-TOKEN$/i, 'Angular, Laravel'),
  framework(/^_csrf$/i, 'Express (csurf)'),
  framework(/^__RequestVerificationToken(_\w+)?$/i, 'ASP.NET MVC'),
  framework(/^\.AspNetCore\.Antiforgery\.[\w-]+$/i, 'ASP.NET Core'),
  framework(/^ci_csrf_token$/i, 'CodeIgniter'),
  framework(/^YII_CSRF_TOKEN$/i, 'Yii'),
  framework(/^_xsrf$/i, 'Tornado'),
  // A JWT used as a double-submit CSRF token: its job decides the role; the JWT shows up as value evidence.
  framework(/^x-csrf-jwt$/i, 'electrode-csrf-jwt'),
  keyword(/xsrf/i, 'xsrf'),
  keyword(/csrf/i, 'csrf'),
];

export const LOAD_BALANCER_NAMES: readonly NameRow[] = [
  balancer(/^AWSALB(TG)?(CORS)?$/i, 'AWS Application Load Balancer'),
  balancer(/^AWSALBAPP-\d+$/i, 'AWS Application Load Balancer'),
  balancer(/^AWSELB(CORS)?$/i, 'AWS Classic Load Balancer'),
  balancer(/^BIGipServer/i, 'F5 BIG-IP'),
  balancer(/^SERVERID$/i, 'HAProxy'),
  balancer(/^(ROUTEID|BALANCEID)$/i, 'Apache mod_proxy_balancer'),
  balancer(/^ARRAffinity(SameSite)?$/i, 'Azure App Service'),
  balancer(/^GCLB$/i, 'Google Cloud Load Balancing'),
  balancer(/^INGRESSCOOKIE$/i, 'NGINX Ingress Controller'),
  balancer(/^route$/i, 'nginx sticky module'),
  balancer(/^akaalb_/i, 'Akamai Application Load Balancer'),
  balancer(/^DO-LB$/i, 'DigitalOcean Load Balancer'),
  // Only a separated `lb`/`sticky` word: bot-detection names such as `___utmvbzNuNikLB` merely end in "LB".
  keyword(/(^|[_.-])lb([_.-]|$)/i, 'lb'),
  keyword(/(^|[_.-])sticky(session)?([_.-]|$)/i, 'sticky'),
];

/** Analytics, advertising and bot-management cookies: each identifies the browser for a service. */
export const TRACKING_NAMES: readonly NameRow[] = [
  tracker(/^(_ga|_ga_[\w-]+|_gid|_gat(_[\w-]+)?|_gac_[\w-]+|__utm[abcztvk])$/i, 'Google Analytics'),
  tracker(/^(_gcl_\w+|IDE|DSID|test_cookie|__gads|__gpi)$/i, 'Google Ads'),
  tracker(/^(NID|1P_JAR)$/i, 'Google'),
  tracker(/^(_fbp|_fbc|fr)$/i, 'Meta'),
  tracker(/^_hj/i, 'Hotjar'),
  tracker(/^(_uetsid|_uetvid|MUID)$/i, 'Microsoft Advertising'),
  tracker(/^(_clck|_clsk)$/i, 'Microsoft Clarity'),
  tracker(/^ajs_/i, 'Segment'),
  tracker(/^mp_/i, 'Mixpanel'),
  tracker(/^amp_/i, 'Amplitude'),
  tracker(/^(__hstc|__hssc|__hssrc|hubspotutk)$/i, 'HubSpot'),
  tracker(/^(bcookie|bscookie|lidc|li_sugr|li_gc|UserMatchHistory|AnalyticsSyncHistory)$/i, 'LinkedIn'),
  tracker(/^(s_(vi|fid|cc|sq|pers|sess|nr|ppv)|AMCVS?_.*)$/i, 'Adobe Analytics'),
  tracker(/^(WT_FPC|wt_rla|wt(sid|eid)_\d+)$/i, 'Webtrends'),
  tracker(/^(personalization_id|guest_id|muc_ads)$/i, 'X (Twitter)'),
  tracker(/^(_ttp|_tt_enable_cookie)$/i, 'TikTok'),
  tracker(/^_pin_unauth$/i, 'Pinterest'),
  tracker(/^cto_bundle$/i, 'Criteo'),
  tracker(/^(_ym_\w+|yandexuid)$/i, 'Yandex Metrica'),
  tracker(/^(NNB|wcs_bt)$/i, 'Naver'),
  tracker(/^__qca$/i, 'Quantcast'),
  tracker(/^_pk_(id|ses|ref|cvar|hsr)/i, 'Matomo'),
  tracker(/^_hp2_/i, 'Heap'),
  tracker(/^intercom-(id|session|device-id)-/i, 'Intercom'),
  tracker(/^_kuid_$/i, 'Salesforce DMP'),
  tracker(/^(incap_ses_|visid_incap_|nlbi_|___utmv)/i, 'Imperva Incapsula'),
  tracker(/^reese84$/i, 'Imperva Incapsula'),
  tracker(/^TS[0-9a-f]{8}(_\w+)?$/i, 'F5 BIG-IP ASM'),
  tracker(/^(__cfduid|__cf_bm|cf_clearance|__cfruid|_cfuvid)$/i, 'Cloudflare'),
  tracker(/^(_abck|ak_bmsc|bm_sz|bm_sv|bm_mi)$/i, 'Akamai Bot Manager'),
  tracker(/^datadome$/i, 'DataDome'),
  tracker(/^_px/i, 'HUMAN (PerimeterX)'),
];

/*
 * Words that make a name a candidate only: the value must also look random (session, auth) before the
 * role is given. Matched against the name's words and each pair of adjacent words run together, and for
 * session words also against the end of the name (`zentaosid`, `mysession`).
 */
export const SESSION_WORDS: readonly string[] = ['sid', 'sess', 'sessid', 'session', 'sessionid'];

export const AUTH_WORDS: readonly string[] = [
  'token',
  'auth',
  'jwt',
  'bearer',
  'authorization',
  'accesstoken',
  'authtoken',
  'idtoken',
  'refreshtoken',
];

/** Preference names need no value check: a name that says `theme` or `lang` says what it holds. */
export const PREFERENCE_WORDS: readonly string[] = [
  'theme',
  'lang',
  'language',
  'locale',
  'i18next',
  'tz',
  'timezone',
  'currency',
  'consent',
  'cookieconsent',
  'euconsent',
  'dark',
  'darkmode',
  'colorscheme',
  'colormode',
];
