import { decodeBigIp } from '../classify/bigip.ts';
import { splitRouteSuffix } from '../classify/framing.ts';
import { decodeClientSession, type ClientSessionFormat } from '../classify/client-session.ts';
import { decodeJwt } from '../classify/jwt.ts';
import { classifyRole } from '../classify/role.ts';
import type { Role } from '../model.ts';
import type { LeakChannel, SessionEvent } from './events.ts';

export type Carrier = 'cookie' | 'authorization-header';

/** A login or logout whose outcome for one key waits for the next time the key shows up. */
export interface PendingAuthCheck {
  readonly kind: 'login' | 'logout';
  readonly exchange: number;
  readonly value: string;
  readonly host: string;
}

interface OpenSentRun {
  readonly type: 'sent';
  readonly exchange: number;
  readonly value: number;
  lastExchange: number;
  count: number;
}

export interface LeakRecord {
  readonly exchanges: number[];
  /** The first destination host: the one a finding names. */
  readonly host: string;
  /** Destination hosts that already have a timeline event. */
  readonly hosts: Set<string>;
}

/**
 * One cookie name on one site (or the bearer token sent to one site), followed through the recording.
 * Cookies are keyed by site rather than by domain and path because a request's `Cookie` header names no
 * domain: the site is what a request and a response can both be tied to.
 */
export interface TrackedKey {
  readonly name: string;
  readonly site: string;
  readonly carrier: Carrier;
  domain: string;
  path: string;
  current: string | null;
  readonly ordinals: Map<string, number>;
  readonly events: SessionEvent[];
  openRun: OpenSentRun | null;
  role: Role;
  jwt: boolean;
  /** The framework format of a session kept in the cookie itself, when its values show one. */
  clientSession: ClientSessionFormat | null;
  /** Backend names the values point at (BIG-IP pool members, jvmRoute suffixes). */
  readonly backends: Set<string>;
  readonly pending: PendingAuthCheck[];
  readonly leaks: Map<LeakChannel, LeakRecord>;
  /** The last exchange whose `Cookie` header carried this key: a second pair in the same header shadows it. */
  lastSentExchange: number;
}

/** Enough distinct values to judge a key by; a value rotating on every response need not be judged 10,000 times. */
const JUDGED_VALUES = 4;
const BACKEND_VALUES = 64;

export const isSessionBearing = (role: Role): boolean => role === 'session-id' || role === 'auth-token';

const ROLE_RANK: Record<Role, number> = {
  'session-id': 3,
  'auth-token': 3,
  'load-balancer': 2,
  csrf: 1,
  tracking: 1,
  preference: 1,
  unknown: 0,
};

export const newKey = (name: string, site: string, carrier: Carrier, domain: string, path: string): TrackedKey => ({
  name,
  site,
  carrier,
  domain,
  path,
  current: null,
  ordinals: new Map(),
  events: [],
  openRun: null,
  role: carrier === 'authorization-header' ? 'auth-token' : 'unknown',
  jwt: false,
  clientSession: null,
  backends: new Set(),
  pending: [],
  leaks: new Map(),
  lastSentExchange: -1,
});

const judgeValue = (key: TrackedKey, value: string, ordinal: number): void => {
  if (ordinal <= JUDGED_VALUES) {
    if (key.carrier === 'cookie') {
      const role = classifyRole(key.name, value).role;
      if (ROLE_RANK[role] > ROLE_RANK[key.role]) key.role = role;
    }
    key.jwt ||= decodeJwt(value) !== null;
    if (key.clientSession === null && key.carrier === 'cookie') key.clientSession = decodeClientSession(key.name, value)?.format ?? null;
  }
  if (ordinal <= BACKEND_VALUES) {
    const bigIp = decodeBigIp(value);
    if (bigIp !== null) key.backends.add(JSON.stringify(bigIp));
    const route = splitRouteSuffix(value)?.route;
    if (route !== undefined) key.backends.add(`route:${route}`);
  }
};

/**
 * A key judged on enough values and found not to carry a session: its timeline is never shown, so a
 * tracker whose value changes on every request stops costing events (and memory) after a few.
 */
const isSettledOther = (key: TrackedKey): boolean => key.ordinals.size >= JUDGED_VALUES && !isSessionBearing(key.role);

/** Follows the value only (backends still count for a load-balancer cookie); true when the key is settled. */
const followedQuietly = (key: TrackedKey, value: string | null): boolean => {
  if (!isSettledOther(key)) return false;
  if (value !== null && key.role === 'load-balancer') ordinalOf(key, value);
  key.current = value;
  return true;
};

/** The number of a value within its key, judging the key by each new value it meets. */
export const ordinalOf = (key: TrackedKey, value: string): number => {
  const known = key.ordinals.get(value);
  if (known !== undefined) return known;
  const ordinal = key.ordinals.size + 1;
  key.ordinals.set(value, ordinal);
  judgeValue(key, value, ordinal);
  return ordinal;
};

/** A request carried `value`: extends the open run of sends, or starts one (after a rotation when it changed). */
export const recordSent = (key: TrackedKey, value: string, exchange: number): void => {
  if (followedQuietly(key, value)) return;
  const ordinal = ordinalOf(key, value);
  if (key.current !== null && key.current !== value) {
    key.events.push({ type: 'rotated', exchange, value: ordinal, previous: ordinalOf(key, key.current) });
    key.openRun = null;
  }
  key.current = value;
  if (key.openRun !== null && key.openRun.value === ordinal) {
    key.openRun.lastExchange = exchange;
    key.openRun.count += 1;
    return;
  }
  key.openRun = { type: 'sent', exchange, value: ordinal, lastExchange: exchange, count: 1 };
  key.events.push(key.openRun);
};

/** A response set `value` (or cleared the key, when `value` is null). */
export const recordSet = (key: TrackedKey, value: string | null, exchange: number, clearedBy: 'expired' | 'empty-value'): void => {
  key.openRun = null;
  if (followedQuietly(key, value)) return;
  if (value === null) {
    const previous = key.current;
    key.current = null;
    key.events.push({ type: 'cleared', exchange, value: previous === null ? 0 : ordinalOf(key, previous), reason: clearedBy });
    return;
  }
  const ordinal = ordinalOf(key, value);
  if (key.current === null || key.current === value) key.events.push({ type: 'issued', exchange, value: ordinal });
  else key.events.push({ type: 'rotated', exchange, value: ordinal, previous: ordinalOf(key, key.current) });
  key.current = value;
};

/** Records a leak; the timeline gets the first exchange per channel and host, the finding all of them. */
export const recordLeak = (key: TrackedKey, channel: LeakChannel, value: string, exchange: number, host: string, side: 'request' | 'response' = 'request'): void => {
  if (isSettledOther(key)) return;
  const record = key.leaks.get(channel);
  if (record === undefined) key.leaks.set(channel, { exchanges: [exchange], host, hosts: new Set([host]) });
  else {
    if (record.exchanges[record.exchanges.length - 1] !== exchange) record.exchanges.push(exchange);
    if (record.hosts.has(host)) return;
    record.hosts.add(host);
  }
  key.events.push({ type: 'leaked', exchange, value: ordinalOf(key, value), channel, host, side });
};
