import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dimension } from '../../../../../shared/domain/catalogue';
import type { ObservationRow, sortColumns } from '../../../../../shared/domain/observation-table';
import type { CatalogueView } from '../../../catalogue/catalogue-context';
import { Icon } from '../../../components/Icon';
import { asUiLocale } from '../../../i18n/i18n';
import { formatValue } from '../../../i18n/format-value';
import { useFormat } from '../../../i18n/use-format';
import { CellEditor, type EditorOption } from './CellEditor';
import { editableNumber, rowId, type EditableField } from './observation-draft';
import type { ObservationWindow, TableSort } from './use-observation-window';
import { describeProblem } from './describe-problem';

type SortColumn = (typeof sortColumns)[number];

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, ObservationRow>();

const rowHeight = 36;
/** The table never gets shorter than its header and this many rows, whatever the window. */
const minimumRows = 10;
const headerHeight = 40;
/** Room kept below the table inside the window. */
const bottomGap = 16;
/** Codes the programme is about: shown emphasised wherever they appear. */
const focusCodes = new Set(['F', 'Y15T24', 'REF', 'ASY']);

interface ColumnSpec {
  id: string;
  field: EditableField | null;
  sort: SortColumn | null;
  width: string;
}

const columnSpecs: ColumnSpec[] = [
  { id: 'select', field: null, sort: null, width: '44px' },
  { id: 'indicator', field: 'indicator', sort: 'indicator', width: 'minmax(240px, 2.2fr)' },
  { id: 'period', field: 'period', sort: 'period', width: '96px' },
  { id: 'value', field: 'value', sort: 'value', width: '140px' },
  // Beside the value it concerns, in words, not only an icon at the far end of a wide row.
  { id: 'checks', field: null, sort: null, width: '150px' },
  { id: 'sex', field: 'sex', sort: 'sex', width: '110px' },
  { id: 'age', field: 'age', sort: 'age', width: '150px' },
  { id: 'status', field: 'status', sort: 'status', width: 'minmax(180px, 1fr)' },
  { id: 'origin', field: 'origin', sort: 'origin', width: '116px' },
  { id: 'area', field: 'area', sort: 'area', width: '124px' },
  { id: 'source', field: 'source', sort: null, width: 'minmax(160px, 1.4fr)' },
  { id: 'note', field: 'note', sort: null, width: 'minmax(120px, 1fr)' },
  { id: 'actions', field: null, sort: null, width: '56px' },
];
const template = columnSpecs.map((c) => c.width).join(' ');

export interface TableActions {
  onSort(column: SortColumn): void;
  onToggle(row: ObservationRow): void;
  onDelete(row: ObservationRow): void;
  /** Saves one edited cell; answers null when saved or the reason it was refused. */
  onCommit(row: ObservationRow, field: EditableField, text: string): Promise<string | null>;
}

/**
 * The data table: one line per observation, fetched a window at a time and drawn only where the
 * user is looking (TanStack Table for the columns, TanStack Virtual for the rows), so 100,000 rows
 * scroll as smoothly as 100. A grid for the keyboard: arrows move, Enter or F2 edits, Escape leaves.
 */
export function ObservationTable({
  data,
  catalogue,
  sort,
  selected,
  sourcesListId,
  actions,
  readOnly = false,
}: {
  data: ObservationWindow;
  catalogue: CatalogueView;
  sort: TableSort | null;
  selected: ReadonlySet<string>;
  sourcesListId: string;
  actions: TableActions;
  /** A peer city's figures: shown, sorted and scrolled, never edited, selected or deleted. */
  readOnly?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<{ row: number; col: number }>({ row: 0, col: 1 });
  const [editing, setEditing] = useState<{ row: number; col: number } | null>(null);
  const total = data.total ?? 0;

  const codeLabel = (dimension: Dimension, code: string) => catalogue.codeName(dimension, code, locale, t('table.total'));

  const optionsFor = (field: EditableField): EditorOption[] | null => {
    if (field === 'sex' || field === 'age' || field === 'status') {
      const list = catalogue.overview.codelists.find((c) => c.code === field);
      return [{ value: '', label: t('table.total') }, ...(list?.values ?? []).map((v) => ({ value: v.code, label: v.name[locale] }))];
    }
    if (field === 'indicator') return catalogue.indicators.map((i) => ({ value: i.code, label: `${i.name[locale]} (${i.code})` }));
    // A district is one of the city's list: chosen, not typed.
    if (field === 'area') return [{ value: '', label: t('table.total') }, ...catalogue.districts.map((d) => ({ value: d.code, label: d.name[locale] }))];
    return null;
  };

  const columns = useMemo(
    () =>
      helper.columns(
        columnSpecs.map((spec) =>
          helper.display({
            id: spec.id,
            header: () => spec.id,
          }),
        ),
      ),
    [],
  );
  const rowsWindow = data.rows;
  const table = useTable({ features, columns, data: rowsWindow, getRowId: (row) => rowId(row) });
  const tableRows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { ensure } = data;
  useEffect(() => {
    if (total > 0) ensure(first, last);
  }, [ensure, first, last, total]);

  const rowAt = (index: number): ObservationRow | undefined => tableRows[index - data.offset]?.original;

  // The table takes the rest of the window and scrolls itself, so a laptop screen shows a page of
  // rows rather than three; it never gets shorter than ten rows (the page scrolls then).
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const fit = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      const height = Math.max(window.innerHeight - top - bottomGap, headerHeight + minimumRows * rowHeight);
      element.style.blockSize = `${Math.floor(height)}px`;
    };
    fit();
    window.addEventListener('resize', fit);
    // What sits above the table (a notice, the unfolded filters) moves it: fit again when it does.
    const observer = new ResizeObserver(fit);
    if (element.parentElement?.parentElement) observer.observe(element.parentElement.parentElement);
    return () => {
      window.removeEventListener('resize', fit);
      observer.disconnect();
    };
  }, []);

  // A cell moved to beyond the loaded rows only exists once its window arrives: focus it then.
  const pendingFocus = useRef<string | null>(null);
  const tryPendingFocus = () => {
    const wanted = pendingFocus.current;
    const cell = wanted ? scroller.current?.querySelector<HTMLElement>(`[data-cell="${wanted}"]`) : null;
    if (!cell) return;
    pendingFocus.current = null;
    cell.focus();
  };
  useEffect(() => {
    if (pendingFocus.current) requestAnimationFrame(tryPendingFocus);
  });

  const focusCell = (row: number, col: number) => {
    const nextRow = Math.min(Math.max(0, row), Math.max(0, total - 1));
    const nextCol = Math.min(Math.max(0, col), columnSpecs.length - 1);
    setActive({ row: nextRow, col: nextCol });
    virtualizer.scrollToIndex(nextRow, { align: 'auto' });
    pendingFocus.current = `${nextRow}:${nextCol}`;
    requestAnimationFrame(tryPendingFocus);
  };

  // Opening an editor cancels a move of the focus still waiting for its frame: arriving after the
  // editor, it would take the focus from the text box and close it (arrow then Enter typed quickly).
  const startEditing = (cell: { row: number; col: number }) => {
    pendingFocus.current = null;
    setEditing(cell);
  };

  const onGridKey = (event: KeyboardEvent) => {
    if (editing) return;
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const moves: Record<string, [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowRight: [0, rtl ? -1 : 1],
      ArrowLeft: [0, rtl ? 1 : -1],
      PageDown: [10, 0],
      PageUp: [-10, 0],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusCell(active.row + move[0], active.col + move[1]);
      return;
    }
    if (event.key === 'Home' && event.ctrlKey) {
      event.preventDefault();
      focusCell(0, active.col);
    } else if (event.key === 'End' && event.ctrlKey) {
      event.preventDefault();
      focusCell(total - 1, active.col);
    } else if (!readOnly && (event.key === 'Enter' || event.key === 'F2') && columnSpecs[active.col]?.field && rowAt(active.row)) {
      event.preventDefault();
      startEditing(active);
    } else {
      // The checkbox and the delete button are not in the tab order (the grid moves by arrows): keys reach them.
      const row = rowAt(active.row);
      const column = columnSpecs[active.col]?.id;
      if (row && !readOnly && column === 'select' && event.key === ' ') {
        event.preventDefault();
        actions.onToggle(row);
      } else if (row && !readOnly && column === 'actions' && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        actions.onDelete(row);
      }
    }
  };

  const headerLabel = (spec: ColumnSpec): ReactNode => {
    if (spec.id === 'select') return <span className="visually-hidden">{t('table.columns.select')}</span>;
    if (spec.id === 'actions') return <span className="visually-hidden">{t('table.columns.actions')}</span>;
    return t(`table.columns.${spec.id}`);
  };

  const display = (row: ObservationRow, spec: ColumnSpec, index: number): ReactNode => {
    const indicator = catalogue.indicator(row.indicator);
    switch (spec.id) {
      case 'select':
        if (readOnly) return null;
        return (
          <input
            type="checkbox"
            tabIndex={-1}
            checked={selected.has(rowId(row))}
            onChange={() => actions.onToggle(row)}
            aria-label={t('table.selectRow', { indicator: indicator?.name[locale] ?? row.indicator, period: row.period })}
          />
        );
      case 'indicator':
        return (
          <span className="figure-cell__indicator" title={indicator?.name[locale] ?? row.indicator}>
            <span className="figure-cell__name">{indicator?.name[locale] ?? row.indicator}</span>
            <code className="figure-cell__code">{row.indicator}</code>
          </span>
        );
      case 'sex':
      case 'age':
      case 'status':
      case 'origin':
        return row[spec.id] === '' ? (
          <span className="muted">{t('table.total')}</span>
        ) : (
          <span className={focusCodes.has(row[spec.id]) ? 'chip chip--focus' : undefined}>{codeLabel(spec.id, row[spec.id])}</span>
        );
      case 'area':
        return row.area === '' ? <span className="muted">{t('table.total')}</span> : <span dir="auto">{codeLabel('area', row.area)}</span>;
      case 'period':
        return row.period;
      case 'value':
        return (
          <span className="figure-cell__value">
            {formatValue(indicator?.unit ?? 'count', row.value, format, t)}
            {row.flags.estimate ? <abbr className="flag" title={t('table.flags.estimate')}>{t('table.flags.estimateShort')}</abbr> : null}
            {row.flags.provisional ? <abbr className="flag" title={t('table.flags.provisional')}>{t('table.flags.provisionalShort')}</abbr> : null}
            {row.flags.confidential ? <abbr className="flag" title={t('table.flags.confidential')}>{t('table.flags.confidentialShort')}</abbr> : null}
          </span>
        );
      case 'source':
        return (
          <span className="figure-cell__text" dir="auto" title={row.source.citation}>
            {row.source.citation}
          </span>
        );
      case 'note':
        return (
          <span className="figure-cell__text" dir="auto" title={row.note}>
            {row.note}
          </span>
        );
      case 'checks': {
        const first = row.warnings[0];
        if (!first) return null;
        const text = row.warnings.map((w) => describeProblem(t, w.code, w.params, catalogue, locale)).join(' ');
        return (
          <span className="figure-cell__warning" title={text} data-testid={`warning-${index}`}>
            <Icon name="warning" />
            <span aria-hidden="true" className="figure-cell__warning-text">
              {row.warnings.length === 1 ? t(`table.warningShort.${first.code}`) : t('table.warningShort.more', { first: t(`table.warningShort.${first.code}`), count: row.warnings.length - 1 })}
            </span>
            <span className="visually-hidden">{text}</span>
          </span>
        );
      }
      case 'actions':
        if (readOnly) return null;
        return (
          <button type="button" className="button button--quiet button--icon" tabIndex={-1} onClick={() => actions.onDelete(row)} aria-label={t('table.deleteRow', { indicator: indicator?.name[locale] ?? row.indicator, period: row.period })}>
            <Icon name="trash" />
          </button>
        );
      default:
        return null;
    }
  };

  const initialText = (row: ObservationRow, field: EditableField): string => {
    if (field === 'value') return editableNumber(row.value, locale);
    if (field === 'source') return row.source.citation;
    return row[field];
  };

  return (
    // Focusable by script (tabIndex -1): after a deletion the focus comes back here, so Ctrl+Z still reaches the table.
    <div className="figure-table" role="grid" tabIndex={-1} aria-rowcount={total + 1} aria-colcount={columnSpecs.length} aria-label={t('table.label')} onKeyDown={onGridKey}>
      <div className="figure-table__scroller" ref={scroller} data-testid="figure-table-scroller">
        <div className="figure-table__head" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
          {columnSpecs.map((spec) => {
            const sorted = sort && spec.sort === sort.column ? (sort.descending ? 'descending' : 'ascending') : undefined;
            return (
              <div key={spec.id} role="columnheader" className="figure-table__header" aria-sort={spec.sort ? (sorted ?? 'none') : undefined}>
                {spec.sort ? (
                  <button type="button" className="figure-table__sort" onClick={() => spec.sort && actions.onSort(spec.sort)}>
                    {headerLabel(spec)}
                    <span aria-hidden="true" className="figure-table__sort-mark">
                      {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}
                    </span>
                  </button>
                ) : (
                  headerLabel(spec)
                )}
              </div>
            );
          })}
        </div>
        <div className="figure-table__body" style={{ blockSize: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <div
                key={row ? rowId(row) : `loading-${item.index}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={row ? selected.has(rowId(row)) : undefined}
                className={row?.warnings.length ? 'figure-table__row figure-table__row--warning' : 'figure-table__row'}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, blockSize: rowHeight }}
                data-testid="figure-row"
              >
                {row ? (
                  columnSpecs.map((spec, col) => {
                    const isEditing = editing?.row === item.index && editing.col === col && spec.field;
                    const field = spec.field;
                    return (
                      <div
                        key={spec.id}
                        role="gridcell"
                        className={`figure-table__cell figure-table__cell--${spec.id}`}
                        tabIndex={active.row === item.index && active.col === col ? 0 : -1}
                        data-cell={`${item.index}:${col}`}
                        aria-readonly={field ? undefined : true}
                        onFocus={() => setActive({ row: item.index, col })}
                        onDoubleClick={() => field && !readOnly && startEditing({ row: item.index, col })}
                      >
                        {isEditing && field ? (
                          <CellEditor
                            label={t(`table.columns.${field}`)}
                            initial={initialText(row, field)}
                            options={optionsFor(field)}
                            listId={field === 'source' ? sourcesListId : undefined}
                            onCancel={() => {
                              setEditing(null);
                              focusCell(item.index, col);
                            }}
                            onSave={async (text) => {
                              const problem = await actions.onCommit(row, field, text);
                              if (problem === null) {
                                setEditing(null);
                                focusCell(item.index, col);
                              }
                              return problem;
                            }}
                          />
                        ) : (
                          display(row, spec, item.index)
                        )}
                      </div>
                    );
                  })
                ) : (
                  <div role="gridcell" className="figure-table__loading">
                    {t('table.loadingRow')}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
