import { decodeJwt } from '../classify/jwt.ts';
import type { JsonValue } from '../json.ts';
import type { Analysis } from './analyze.ts';
import { secretMasker, urlSecretsOf, type MaskText } from './mask.ts';

/** A JWT's claim values are page data like the token itself (an email, a user id): every string in them. */
const claimStrings = (value: JsonValue): string[] => {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(claimStrings);
};

const jwtClaimStrings = (value: string): string[] => {
  const jwt = decodeJwt(value);
  return jwt === null ? [] : claimStrings(jwt.claims);
};

/** Every URL the recording holds once: pages repeat on each of their requests. */
const recordedUrls = (analysis: Analysis): Set<string> => {
  const urls = new Set<string>();
  for (const exchange of analysis.exchanges) urls.add(exchange.url).add(exchange.pageUrl);
  return urls;
};

/**
 * Every secret the analysis knows: session and bearer values, cookie values, the claims of JWTs among them,
 * and the token parameters and userinfo of every recorded URL.
 */
export const analysisSecrets = (analysis: Analysis): string[] => {
  const values = [...analysis.trace.secretValues, ...analysis.cookies.map(({ classified }) => classified.cookie.value)];
  return [...values, ...values.flatMap(jwtClaimStrings), ...[...recordedUrls(analysis)].flatMap(urlSecretsOf)];
};

/** The panel asks on every render; an analysis never changes, so its masker is built once. */
const maskers = new WeakMap<Analysis, MaskText>();

/** The masker for everything shown or exported from one analysis (values not revealed). */
export const analysisMasker = (analysis: Analysis): MaskText => {
  let masker = maskers.get(analysis);
  if (masker === undefined) {
    masker = secretMasker(analysisSecrets(analysis));
    maskers.set(analysis, masker);
  }
  return masker;
};
