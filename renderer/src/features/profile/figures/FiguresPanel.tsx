import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../shared/api/result';
import type { ObservationFilterInput } from '../../../../../shared/domain/observation-filter';
import type { ObservationDraft, ObservationRow } from '../../../../../shared/domain/observation-table';
import { useApi, useRead } from '../../../api/api-context';
import { useCatalogue } from '../../../catalogue/catalogue-context';
import { scopedKey, useCityScope } from '../../../city/city-scope';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { asUiLocale } from '../../../i18n/i18n';
import { useFormat } from '../../../i18n/use-format';
import { describeProblem } from './describe-problem';
import { ExportButtons } from './ExportButtons';
import { FigureFilters } from './FigureFilters';
import { draftFrom, keyOf, rowId, type EditableField } from './observation-draft';
import { ObservationTable } from './ObservationTable';
import { RowEditor } from './RowEditor';
import { useObservationWindow, type TableSort } from './use-observation-window';
import { useUndo } from './use-undo';
import { undoOfDelete, undoOfSave } from './undo-steps';
import './figures.css';

/** Text typed in the search box waits this long before the table asks again. */
const typingPause = 300;

/**
 * The figures of the profile as a table: filter, sort, edit a cell, add and delete rows, undo,
 * export what is shown, or bring in a spreadsheet.
 */
export function FiguresPanel({ onImport }: { onImport(): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const catalogue = useCatalogue();
  const sourcesListId = useId();
  const [filter, setFilter] = useState<ObservationFilterInput>({});
  const [queryFilter, setQueryFilter] = useState<ObservationFilterInput>({});
  const [sort, setSort] = useState<TableSort | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [adding, setAdding] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const filtersId = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const scope = useCityScope();
  const [gaps, reloadGaps] = useRead('dashboard.gaps', { city: scope.city }, scopedKey(scope, 'figures-periods'));
  const [sources, reloadSources] = useRead('sources.list', { city: scope.city }, scopedKey(scope, 'figures-sources'));
  const data = useObservationWindow(queryFilter, sort, scope.city);
  const undo = useUndo();
  const section = useRef<HTMLElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const [focusUndo, setFocusUndo] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setQueryFilter(filter), filter.text ? typingPause : 0);
    return () => clearTimeout(timer);
  }, [filter]);

  const { refresh } = data;
  const changed = useCallback(() => {
    refresh();
    reloadGaps();
    reloadSources();
  }, [refresh, reloadGaps, reloadSources]);

  // After deleting the last rows the table is gone: the Undo button, once it offers the undo, takes the focus.
  useEffect(() => {
    if (!focusUndo || !undo.last) return;
    undoButton.current?.focus();
    setFocusUndo(false);
  }, [focusUndo, undo.last]);

  if (catalogue.state === 'loading') return <Loading />;
  if (catalogue.state === 'failed') return <ErrorNotice error={catalogue.error} />;
  const view = catalogue.value;
  const periods = gaps.state === 'ready' ? gaps.value.periods : [];
  const describeRow = (row: { indicator: string; period: string }) => `${view.indicator(row.indicator)?.name[locale] ?? row.indicator}, ${row.period}`;

  const save = async (original: ObservationRow | null, draft: ObservationDraft): Promise<ApiError | null> => {
    const answer = await api.call('observations.save', { original: original ? keyOf(original) : null, draft });
    if (!answer.ok) return answer.error;
    const { row } = answer.value;
    const back = undoOfSave(original ? keyOf(original) : null, answer.value);
    undo.push({
      label: original ? t('table.undo.edit', { row: describeRow(row) }) : t('table.undo.add', { row: describeRow(row) }),
      undo: async () => {
        const restored = await api.call('observations.restore', back);
        if (!restored.ok) setFailure(restored.error);
        else changed();
        return restored.ok;
      },
    });
    setMessage(original ? null : t('table.add.saved', { row: describeRow(row) }));
    changed();
    return null;
  };

  const commit = async (row: ObservationRow, field: EditableField, text: string): Promise<string | null> => {
    const problem = await save(row, draftFrom(row, locale, { [field]: text }));
    if (!problem) return null;
    const issue = problem.issues?.[0];
    if (issue?.problem) return describeProblem(t, issue.problem.code, issue.problem.params, view, locale);
    return t(`errors.${problem.code}`);
  };

  const remove = async (rows: ObservationRow[]) => {
    if (rows.length === 0) return;
    const answer = await api.call('observations.delete', { keys: rows.map(keyOf) });
    if (!answer.ok) return setFailure(answer.error);
    const removed = answer.value.removed;
    const putBack = undoOfDelete(answer.value);
    undo.push({
      label: t('table.undo.delete', { count: removed.length }),
      undo: async () => {
        const back = await api.call('observations.restore', putBack);
        if (!back.ok) setFailure(back.error);
        else changed();
        return back.ok;
      },
    });
    setSelected(new Set());
    setMessage(t('table.deleted', { count: removed.length }));
    changed();
    // The button pressed is now disabled, or its row gone: the focus stays in the table, where arrows
    // and Ctrl+Z keep working; when no row is left the table goes, and the Undo button takes it.
    const grid = section.current?.querySelector<HTMLElement>('[role="grid"]');
    if (grid && data.total !== null && data.total > removed.length) grid.focus();
    else setFocusUndo(true);
  };

  const selectedRows = data.rows.filter((row) => selected.has(rowId(row)));
  const activeFilters = filterCount(filter);
  const onKeyDown = (event: KeyboardEvent) => {
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement || event.target instanceof HTMLTextAreaElement;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !typing && undo.last) {
      event.preventDefault();
      void undo.undoLast().then((done) => done && setMessage(t('table.undo.done')));
    }
  };

  return (
    <section className="figures" aria-labelledby="figures-title" onKeyDown={onKeyDown} ref={section}>
      <h2 id="figures-title" className="visually-hidden">
        {t('profile.tabs.figures')}
      </h2>
      {scope.readOnly ? null : (
        <div className="figures__toolbar">
          <button type="button" className="button button--primary" onClick={onImport}>
            <Icon name="upload" />
            {t('table.import')}
          </button>
          <button type="button" className="button" onClick={() => setAdding(true)} aria-expanded={adding}>
            <Icon name="plus" />
            {t('table.add.open')}
          </button>
          <button type="button" className="button" disabled={selectedRows.length === 0} onClick={() => void remove(selectedRows)}>
            <Icon name="trash" />
            {selectedRows.length === 0 ? t('table.deleteNone') : t('table.deleteSelected', { count: selectedRows.length })}
          </button>
          <button
            type="button"
            className="button"
            ref={undoButton}
            disabled={!undo.last || undo.busy}
            onClick={() => void undo.undoLast().then((done) => done && setMessage(t('table.undo.done')))}
            title={undo.last?.label}
          >
            <Icon name="undo" />
            {undo.last ? t('table.undo.button', { what: undo.last.label }) : t('table.undo.nothing')}
          </button>
        </div>
      )}
      {message ? <Notice tone="success">{message}</Notice> : null}
      {failure ? <ErrorNotice error={failure} /> : null}
      {adding && !scope.readOnly ? <RowEditor catalogue={view} sourcesListId={sourcesListId} onSave={(draft) => save(null, draft)} onClose={() => setAdding(false)} /> : null}
      <div className="figures__status">
        <p className="result-count" aria-live="polite" data-testid="figure-count">
          {data.total === null ? t('table.counting') : t('table.count', { count: data.total, formatted: format.integer(data.total) })}
        </p>
        {/* The filters fold away: on a laptop screen the rows matter more than the filter boxes. */}
        <button type="button" className="button button--quiet" aria-expanded={filtersOpen} aria-controls={filtersId} onClick={() => setFiltersOpen((open) => !open)}>
          <Icon name="filter" />
          {activeFilters === 0 ? t('table.filters.show') : t('table.filters.showActive', { count: activeFilters })}
        </button>
        <span className="figures__spacer" />
        <ExportButtons filter={queryFilter} city={scope.city} />
      </div>
      <div id={filtersId} hidden={!filtersOpen}>
        <FigureFilters catalogue={view} periods={periods} filter={filter} onChange={setFilter} />
      </div>
      <datalist id={sourcesListId}>
        {sources.state === 'ready' ? sources.value.map((s) => <option key={s.id} value={s.citation} />) : null}
      </datalist>
      {data.error ? <ErrorNotice error={data.error} /> : null}
      {data.total === 0 ? (
        <div className="empty">
          <p>{isFiltered(queryFilter) ? t('table.emptyFiltered') : scope.readOnly ? t('scope.emptyPeer') : t('table.empty')}</p>
        </div>
      ) : (
        <ObservationTable
          data={data}
          catalogue={view}
          sort={sort}
          selected={selected}
          sourcesListId={sourcesListId}
          readOnly={scope.readOnly}
          actions={{
            onSort: (column) => setSort((s) => (s?.column === column ? (s.descending ? null : { column, descending: true }) : { column, descending: false })),
            onToggle: (row) =>
              setSelected((s) => {
                const next = new Set(s);
                if (next.has(rowId(row))) next.delete(rowId(row));
                else next.add(rowId(row));
                return next;
              }),
            onDelete: (row) => void remove([row]),
            onCommit: commit,
          }}
        />
      )}
      <p className="figures__help muted">{scope.readOnly ? t('scope.readOnlyHelp') : t('table.help')}</p>
    </section>
  );
}

function isFiltered(filter: ObservationFilterInput): boolean {
  return filterCount(filter) > 0;
}

/** How many filters restrict the table (shown on the button that unfolds them). */
function filterCount(filter: ObservationFilterInput): number {
  return (filter.indicators?.length ? 1 : 0) + (filter.domain ? 1 : 0) + (filter.periods?.length ? 1 : 0) + (filter.text ? 1 : 0) + Object.keys(filter.breakdown ?? {}).length;
}
