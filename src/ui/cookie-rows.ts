import type { ClassifiedCookie, Party } from '../core/classify/types.ts';
import type { CookieState, WithheldCount } from '../core/cookie-state.ts';
import { cookieRefKey, type Role } from '../core/model.ts';
import { cookieSize } from '../core/cookie-size.ts';
import type { AuditedCookie } from '../core/report/analyze.ts';
import type { Finding } from '../core/rules/finding.ts';

/** One line of the cookie table: a classified cookie with the findings about it. */
export interface CookieRow {
  /** Unique within a table and stable across refreshes of a live recording. */
  readonly id: string;
  readonly classified: ClassifiedCookie;
  readonly withheld: readonly WithheldCount[];
  readonly findings: readonly Finding[];
  /** Bytes of name and value, as browsers count them against the 4096-byte limit. */
  readonly size: number;
}

/**
 * The rows of the cookie table: each cookie with its cookie-rule findings, and the trace findings about the
 * cookie of that name, domain and path (a refused line never took part in a session, so it gets none).
 */
export const cookieRows = (cookies: readonly AuditedCookie[], traceFindings: readonly Finding[]): CookieRow[] => {
  const byRef = new Map<string, Finding[]>();
  for (const finding of traceFindings) {
    const key = cookieRefKey(finding.cookie);
    const known = byRef.get(key);
    if (known === undefined) byRef.set(key, [finding]);
    else known.push(finding);
  }
  return cookies.map(({ id, classified, withheld, findings }) => {
    const { cookie } = classified;
    const traced = classified.state.kind === 'refused' ? undefined : byRef.get(cookieRefKey(cookie));
    return {
      id,
      classified,
      withheld,
      findings: traced === undefined ? findings : [...findings, ...traced],
      size: cookieSize(cookie),
    };
  });
};

export type LifetimeFilter = 'all' | 'session' | 'persistent';

export type StateFilter = 'all' | CookieState['kind'];

export interface CookieFilter {
  /** Matched case-insensitively against name, domain and path; never against values, which stay masked. */
  readonly text: string;
  readonly role: Role | 'all';
  readonly party: Party | 'all';
  readonly lifetime: LifetimeFilter;
  readonly state: StateFilter;
  readonly withFindingsOnly: boolean;
}

export const NO_FILTER: CookieFilter = { text: '', role: 'all', party: 'all', lifetime: 'all', state: 'all', withFindingsOnly: false };

/** Name, domain and path in lower case, made once per row: every keystroke of the filter searches them all. */
const searchable = new WeakMap<CookieRow, readonly string[]>();

const searchFields = (row: CookieRow): readonly string[] => {
  let fields = searchable.get(row);
  if (fields === undefined) {
    const { name, domain, path } = row.classified.cookie;
    fields = [name.toLowerCase(), domain.toLowerCase(), path.toLowerCase()];
    searchable.set(row, fields);
  }
  return fields;
};

const matchesText = (row: CookieRow, needle: string): boolean => needle === '' || searchFields(row).some((field) => field.includes(needle));

/** A cookie seen only in requests is neither session nor persistent: it matches only "all". */
const matchesLifetime = (row: CookieRow, filter: LifetimeFilter): boolean => {
  const { kind } = row.classified.lifetime;
  return filter === 'all' || (kind !== 'unknown' && (filter === 'session') === (kind === 'session'));
};

export const filterRows = (rows: readonly CookieRow[], filter: CookieFilter): CookieRow[] => {
  const needle = filter.text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      matchesText(row, needle) &&
      (filter.role === 'all' || row.classified.role.role === filter.role) &&
      (filter.party === 'all' || row.classified.party === filter.party) &&
      matchesLifetime(row, filter.lifetime) &&
      (filter.state === 'all' || row.classified.state.kind === filter.state) &&
      (!filter.withFindingsOnly || row.findings.length > 0),
  );
};

export type SortColumn = 'name' | 'domain' | 'path' | 'lifetime' | 'flags' | 'state' | 'size' | 'party' | 'role' | 'value' | 'findings';

export interface SortOrder {
  readonly column: SortColumn;
  readonly direction: 'ascending' | 'descending';
}

/** Unknown lifetimes first, then session cookies, the expired, and persistent ones by time left. */
const lifetimeRank = (row: CookieRow): number => {
  const { lifetime } = row.classified;
  switch (lifetime.kind) {
    case 'unknown':
      return -3;
    case 'session':
      return -2;
    case 'expired':
      return -1;
    case 'persistent':
      return lifetime.remainingSeconds;
  }
};

/** Held first, then the ones the browser no longer holds, then those it never stored. */
const STATE_RANK: Readonly<Record<CookieState['kind'], number>> = { held: 0, cleared: 1, 'not-held': 2, refused: 3 };

/** How many of the protective attributes a cookie has: the flags column sorts unknown, then weakest, first. */
const protection = (row: CookieRow): number => {
  const { cookie, lifetime } = row.classified;
  if (lifetime.kind === 'unknown') return -1;
  const sameSite = cookie.sameSite === 'strict' ? 2 : cookie.sameSite === 'lax' ? 1 : 0;
  return Number(cookie.httpOnly) + Number(cookie.secure) + Number(cookie.partitioned) + sameSite;
};

type SortKey = (row: CookieRow, shownValue: (row: CookieRow) => string) => string | number;

const SORT_KEYS: Readonly<Record<SortColumn, SortKey>> = {
  name: (row) => row.classified.cookie.name,
  domain: (row) => row.classified.cookie.domain,
  path: (row) => row.classified.cookie.path,
  lifetime: lifetimeRank,
  flags: protection,
  state: (row) => STATE_RANK[row.classified.state.kind],
  size: (row) => row.size,
  party: (row) => row.classified.party,
  role: (row) => row.classified.role.role,
  // By what the user sees, so a masked table does not order rows by the hidden secrets.
  value: (row, shownValue) => shownValue(row),
  findings: (row) => row.findings.length,
};

const compareKeys = (a: string | number, b: string | number): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));

/** A stable sort; ties keep name order so the table does not jump when a column has many equal values. */
export const sortRows = (
  rows: readonly CookieRow[],
  order: SortOrder,
  shownValue: (row: CookieRow) => string,
): CookieRow[] => {
  const key = SORT_KEYS[order.column];
  const sign = order.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row) => ({ row, key: key(row, shownValue) }))
    .sort(
      (a, b) =>
        sign * compareKeys(a.key, b.key) || a.row.classified.cookie.name.localeCompare(b.row.classified.cookie.name),
    )
    .map(({ row }) => row);
};
