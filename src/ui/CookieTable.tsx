import { Component } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Party } from '../core/classify/types.ts';
import type { MessageKey } from '../core/i18n/translate.ts';
import { ROLES, SEVERITIES, type Role } from '../core/model.ts';
import { maskValue } from '../core/report/mask.ts';
import {
  filterRows,
  NO_FILTER,
  sortRows,
  type CookieFilter,
  type CookieRow,
  type LifetimeFilter,
  type SortColumn,
  type StateFilter,
  type SortOrder,
} from './cookie-rows.ts';
import { CookieFlags } from './CookieFlags.tsx';
import { CookieStateBadge } from './CookieState.tsx';
import { CookieValue } from './CookieValue.tsx';
import { PARTY_LABEL } from './labels.ts';
import { ROLE_LABEL } from '../core/i18n/role-labels.ts';
import { LifetimeBadge } from './LifetimeBadge.tsx';
import { useTranslate } from './translate.ts';
import { rowWindow, useScrollViewport } from './VirtualRows.ts';

/** Every row is exactly this tall (the stylesheet reads it from `--row-height`), which makes windowing exact. */
export const ROW_HEIGHT_PX = 28;

const COLUMNS: readonly { readonly column: SortColumn; readonly label: MessageKey }[] = [
  { column: 'name', label: 'ui_col_name' },
  { column: 'domain', label: 'ui_col_domain' },
  { column: 'path', label: 'ui_col_path' },
  { column: 'lifetime', label: 'ui_col_lifetime' },
  { column: 'flags', label: 'ui_col_flags' },
  { column: 'state', label: 'ui_col_state' },
  { column: 'size', label: 'ui_col_size' },
  { column: 'party', label: 'ui_col_party' },
  { column: 'role', label: 'ui_col_role' },
  { column: 'value', label: 'ui_col_value' },
  { column: 'findings', label: 'ui_col_findings' },
];

const PARTIES: readonly Party[] = ['first', 'third'];
const LIFETIME_FILTERS: readonly { readonly value: LifetimeFilter; readonly label: MessageKey }[] = [
  { value: 'all', label: 'ui_filter_lifetime_all' },
  { value: 'session', label: 'ui_filter_lifetime_session' },
  { value: 'persistent', label: 'ui_filter_lifetime_persistent' },
];

const STATE_FILTERS: readonly { readonly value: StateFilter; readonly label: MessageKey }[] = [
  { value: 'all', label: 'ui_filter_state_all' },
  { value: 'held', label: 'ui_filter_state_held' },
  { value: 'cleared', label: 'ui_filter_state_cleared' },
  { value: 'refused', label: 'ui_filter_state_refused' },
  { value: 'not-held', label: 'ui_filter_state_not_held' },
];

const isRole = (value: string): value is Role => ROLES.some((role) => role === value);
const isParty = (value: string): value is Party => PARTIES.some((party) => party === value);
const isLifetimeFilter = (value: string): value is LifetimeFilter => LIFETIME_FILTERS.some((f) => f.value === value);
const isStateFilter = (value: string): value is StateFilter => STATE_FILTERS.some((f) => f.value === value);

const worstSeverity = (row: CookieRow): string =>
  SEVERITIES.find((severity) => row.findings.some((f) => f.severity === severity)) ?? 'none';

interface FilterBarProps {
  readonly filter: CookieFilter;
  readonly onFilter: (filter: CookieFilter) => void;
  readonly reveal: boolean;
  readonly onReveal: (reveal: boolean) => void;
  readonly shown: number;
  readonly total: number;
}

const FilterBar = ({ filter, onFilter, reveal, onReveal, shown, total }: FilterBarProps) => {
  const t = useTranslate();
  const value = (event: Event): string => (event.currentTarget instanceof HTMLInputElement || event.currentTarget instanceof HTMLSelectElement ? event.currentTarget.value : '');
  const checked = (event: Event): boolean => event.currentTarget instanceof HTMLInputElement && event.currentTarget.checked;
  return (
    <div class="filter-bar">
      <input
        type="search"
        class="filter-text"
        value={filter.text}
        placeholder={t('ui_filter_text')}
        aria-label={t('ui_filter_text')}
        onInput={(e) => onFilter({ ...filter, text: value(e) })}
      />
      <select
        aria-label={t('ui_filter_role')}
        value={filter.role}
        onChange={(e) => {
          const role = value(e);
          onFilter({ ...filter, role: isRole(role) ? role : 'all' });
        }}
      >
        <option value="all">{t('ui_filter_role_all')}</option>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(ROLE_LABEL[role])}
          </option>
        ))}
      </select>
      <select
        aria-label={t('ui_filter_party')}
        value={filter.party}
        onChange={(e) => {
          const party = value(e);
          onFilter({ ...filter, party: isParty(party) ? party : 'all' });
        }}
      >
        <option value="all">{t('ui_filter_party_all')}</option>
        {PARTIES.map((party) => (
          <option key={party} value={party}>
            {t(PARTY_LABEL[party])}
          </option>
        ))}
      </select>
      <select
        aria-label={t('ui_filter_lifetime')}
        value={filter.lifetime}
        onChange={(e) => {
          const lifetime = value(e);
          onFilter({ ...filter, lifetime: isLifetimeFilter(lifetime) ? lifetime : 'all' });
        }}
      >
        {LIFETIME_FILTERS.map((option) => (
          <option key={option.value} value={option.value}>
            {t(option.label)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('ui_filter_state')}
        class="filter-state"
        value={filter.state}
        onChange={(e) => {
          const state = value(e);
          onFilter({ ...filter, state: isStateFilter(state) ? state : 'all' });
        }}
      >
        {STATE_FILTERS.map((option) => (
          <option key={option.value} value={option.value}>
            {t(option.label)}
          </option>
        ))}
      </select>
      <label class="check">
        <input
          type="checkbox"
          class="filter-findings"
          checked={filter.withFindingsOnly}
          onChange={(e) => onFilter({ ...filter, withFindingsOnly: checked(e) })}
        />
        {t('ui_filter_has_findings')}
      </label>
      <label class="check">
        <input type="checkbox" class="reveal-toggle" checked={reveal} onChange={(e) => onReveal(checked(e))} />
        {t('ui_reveal_values')}
      </label>
      <span class="table-count" aria-live="polite">
        {t('ui_table_count', [String(shown), String(total)])}
      </span>
    </div>
  );
};

interface RowProps {
  readonly row: CookieRow;
  readonly index: number;
  readonly selected: boolean;
  readonly reveal: boolean;
  readonly onSelect: (row: CookieRow) => void;
}

const Row = ({ row, index, selected, reveal, onSelect }: RowProps) => {
  const t = useTranslate();
  const { cookie, lifetime, party, role } = row.classified;
  return (
    <tr
      class={selected ? 'cookie-row selected' : 'cookie-row'}
      aria-rowindex={index + 2}
      aria-selected={selected}
      tabIndex={0}
      data-cookie-id={row.id}
      onClick={() => onSelect(row)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect(row);
        }
      }}
    >
      <td class="col-name" title={cookie.name}>
        {cookie.name}
      </td>
      <td class="col-domain" title={cookie.domain}>
        {cookie.domain}
      </td>
      <td class="col-path" title={cookie.path}>
        {cookie.path}
      </td>
      <td class="col-lifetime">
        <LifetimeBadge lifetime={lifetime} />
      </td>
      <td class="col-flags">
        <CookieFlags cookie={cookie} />
      </td>
      <td class="col-state">
        <CookieStateBadge state={row.classified.state} />
      </td>
      <td class="col-size">{t('ui_size_bytes', [String(row.size)])}</td>
      <td class="col-party">{t(PARTY_LABEL[party])}</td>
      <td class="col-role">{t(ROLE_LABEL[role.role])}</td>
      <td class="col-value">
        <CookieValue value={cookie.value} reveal={reveal} />
      </td>
      <td class={`col-findings severity-${worstSeverity(row)}`}>{row.findings.length}</td>
    </tr>
  );
};

const sameRowProps = (a: RowProps, b: RowProps): boolean =>
  a.row === b.row && a.index === b.index && a.selected === b.selected && a.reveal === b.reveal && a.onSelect === b.onSelect;

/** A row draws again only when what it shows changed: a scroll moves the window by a few rows and keeps the rest. */
class WindowRow extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    return !sameRowProps(this.props, next);
  }

  override render(props: RowProps) {
    return <Row {...props} />;
  }
}

export interface CookieTableProps {
  readonly rows: readonly CookieRow[];
  readonly selectedId: string | null;
  readonly onSelect: (row: CookieRow) => void;
  readonly reveal: boolean;
  readonly onReveal: (reveal: boolean) => void;
}

/** The cookie table: filterable, sortable by every column, and windowed so thousands of rows stay smooth. */
export const CookieTable = ({ rows, selectedId, onSelect, reveal, onReveal }: CookieTableProps) => {
  const t = useTranslate();
  const [filter, setFilter] = useState<CookieFilter>(NO_FILTER);
  const [order, setOrder] = useState<SortOrder>({ column: 'name', direction: 'ascending' });
  const scroller = useRef<HTMLDivElement>(null);
  const { scrollTop, viewportPx, onScroll } = useScrollViewport(scroller);
  // Sorted once per order, then filtered: a stable sort of the filtered rows gives the same list, and typing
  // in the filter no longer sorts thousands of rows on every key.
  const sorted = useMemo(() => {
    const shownValue = (row: CookieRow): string => (reveal ? row.classified.cookie.value : maskValue(row.classified.cookie.value));
    return sortRows(rows, order, shownValue);
  }, [rows, order, reveal]);
  const shown = useMemo(() => filterRows(sorted, filter), [sorted, filter]);
  const visible = rowWindow(shown.length, ROW_HEIGHT_PX, scrollTop, viewportPx);
  const sortBy = (column: SortColumn): void =>
    setOrder((current) => ({
      column,
      direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  return (
    <section class="cookie-table">
      <FilterBar filter={filter} onFilter={setFilter} reveal={reveal} onReveal={onReveal} shown={shown.length} total={rows.length} />
      <div class="table-scroll" ref={scroller} onScroll={onScroll} style={{ '--row-height': `${ROW_HEIGHT_PX}px` }}>
        <table aria-label={t('ui_table_label')} aria-rowcount={shown.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map(({ column, label }) => (
                <th
                  key={column}
                  class={`col-${column}`}
                  scope="col"
                  aria-sort={order.column === column ? order.direction : 'none'}
                >
                  <button type="button" class="sort" title={t('ui_sort_by', [t(label)])} onClick={() => sortBy(column)}>
                    {t(label)}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.padTopPx > 0 ? <tr class="spacer" aria-hidden="true" style={{ height: `${visible.padTopPx}px` }} /> : null}
            {shown.slice(visible.first, visible.end).map((row, offset) => (
              <WindowRow
                key={row.id}
                row={row}
                index={visible.first + offset}
                selected={row.id === selectedId}
                reveal={reveal}
                onSelect={onSelect}
              />
            ))}
            {visible.padBottomPx > 0 ? (
              <tr class="spacer" aria-hidden="true" style={{ height: `${visible.padBottomPx}px` }} />
            ) : null}
          </tbody>
        </table>
        {shown.length === 0 ? <p class="empty">{t('ui_table_empty')}</p> : null}
      </div>
    </section>
  );
};
