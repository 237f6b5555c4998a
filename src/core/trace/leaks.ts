import { classifyRole } from '../classify/role.ts';
import { siteOf } from '../site.ts';
import type { ExchangeFacts } from './facts.ts';
import type { KeyIndex } from './key-index.ts';
import { isSessionBearing, recordLeak, type TrackedKey } from './tracked-key.ts';
import { forEachUrlPart, type UrlPartPlace } from './url-parts.ts';
import { splitUrl, type SplitUrl } from '../url-split.ts';

/** Shorter values (`1`, `true`, `en-US`) would match unrelated URL parts. */
const SHORTEST_MATCHED_VALUE = 8;

type ValueIndex = ReadonlyMap<string, readonly TrackedKey[]>;

/** Every value of every session-bearing key, so that each URL part is one lookup, not a scan. */
const valueIndex = (keys: KeyIndex): ValueIndex => {
  const index = new Map<string, TrackedKey[]>();
  for (const key of keys.all()) {
    if (!isSessionBearing(key.role)) continue;
    for (const value of key.ordinals.keys()) {
      if (value.length < SHORTEST_MATCHED_VALUE) continue;
      const list = index.get(value);
      if (list === undefined) index.set(value, [key]);
      else list.push(key);
    }
  }
  return index;
};

/** Session-bearing cookie names by lower-case name and site: `;jsessionid=` names the `JSESSIONID` cookie. */
const nameIndex = (keys: KeyIndex): Map<string, TrackedKey> => {
  const index = new Map<string, TrackedKey>();
  for (const key of keys.all())
    if (key.carrier === 'cookie' && isSessionBearing(key.role)) index.set(`${key.name.toLowerCase()}\u0000${key.site}`, key);
  return index;
};

/**
 * A named URL part that is a session identifier by its name: a known session cookie's name, or, for a
 * `;name=value` path parameter (URL rewriting, as servlet containers do), any session-bearing name.
 */
const keyNamedBy = (place: UrlPartPlace, name: string, value: string, facts: ExchangeFacts, names: Map<string, TrackedKey>, keys: KeyIndex): TrackedKey | null => {
  const known = names.size === 0 ? undefined : names.get(`${name.toLowerCase()}\u0000${facts.site}`);
  if (known !== undefined) return known;
  if (place !== 'path-parameter' || !isSessionBearing(classifyRole(name, value).role)) return null;
  const key = keys.getOrCreate(name, facts.site, 'cookie', facts.host, '/');
  key.role = 'session-id';
  names.set(`${name.toLowerCase()}\u0000${facts.site}`, key);
  return key;
};

interface RefererMatches {
  readonly site: string;
  readonly matches: readonly (readonly [TrackedKey, string])[];
}

const refererMatches = (referer: string, values: ValueIndex): RefererMatches | null => {
  const url = splitUrl(referer);
  if (url === null) return null;
  const matches: (readonly [TrackedKey, string])[] = [];
  forEachUrlPart(url, (_place, _name, value) => {
    for (const key of values.get(value) ?? []) matches.push([key, value]);
  });
  return { site: siteOf(url.hostname), matches };
};

const urlLeaks = (facts: ExchangeFacts, url: SplitUrl, values: ValueIndex, names: Map<string, TrackedKey>, keys: KeyIndex): void => {
  const thirdParty = facts.site !== facts.pageSite;
  forEachUrlPart(url, (place, name, value) => {
    const byName = name === null || value === '' ? null : keyNamedBy(place, name, value, facts, names, keys);
    if (byName !== null) recordLeak(byName, 'url', value, facts.index, facts.host);
    if (value.length < SHORTEST_MATCHED_VALUE) return;
    for (const key of values.get(value) ?? []) {
      recordLeak(key, 'url', value, facts.index, facts.host);
      if (thirdParty && key.site !== facts.site) recordLeak(key, 'third-party', value, facts.index, facts.host);
    }
  });
};

const leakToThirdParty = (facts: ExchangeFacts, values: ValueIndex, value: string): void => {
  for (const key of values.get(value) ?? []) if (key.site !== facts.site) recordLeak(key, 'third-party', value, facts.index, facts.host);
};

/**
 * Another site's session value in a request to a third party: as one of its cookies, as its bearer token, or
 * as the whole value of any other header (`X-Session: …`). The URL and Referer are checked on their own.
 */
const headerLeaks = (facts: ExchangeFacts, values: ValueIndex): void => {
  if (facts.site === facts.pageSite) return;
  for (const pair of facts.sentCookies) leakToThirdParty(facts, values, pair.value);
  if (facts.bearer !== null) leakToThirdParty(facts, values, facts.bearer);
  for (const header of facts.exchange.requestHeaders) if (header.value.length >= SHORTEST_MATCHED_VALUE) leakToThirdParty(facts, values, header.value.trim());
};

/**
 * The second pass: a session value in a URL, in a `Referer` sent to another site, or in any request to a
 * third-party site (relative to the exchange's page) that is not the session's own site. Cleartext
 * transmission is recorded by the first pass, which sees every value as it is sent.
 */
export const findLeaks = (allFacts: readonly ExchangeFacts[], keys: KeyIndex): void => {
  const values = valueIndex(keys);
  const names = nameIndex(keys);
  // Nothing to find, except `;name=value` URL rewriting: only URLs with a path parameter need a look.
  const nothingKnown = values.size === 0 && names.size === 0;
  const referers = new Map<string, RefererMatches | null>();
  for (const facts of allFacts) {
    if (facts.url === null || (nothingKnown && !facts.url.pathname.includes(';'))) continue;
    urlLeaks(facts, facts.url, values, names, keys);
    headerLeaks(facts, values);
    if (facts.referer === null) continue;
    let referer = referers.get(facts.referer);
    if (referer === undefined) {
      referer = refererMatches(facts.referer, values);
      referers.set(facts.referer, referer);
    }
    if (referer === null || referer.site === facts.site) continue;
    for (const [key, value] of referer.matches) recordLeak(key, 'referer', value, facts.index, facts.host);
  }
};
