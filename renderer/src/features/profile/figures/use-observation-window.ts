import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../../../shared/api/result';
import type { ObservationFilterInput } from '../../../../../shared/domain/observation-filter';
import type { ObservationPageQuery, ObservationRow } from '../../../../../shared/domain/observation-table';
import { useApi } from '../../../api/api-context';
import { nextWindowStart, windowSize } from './observation-window';

export type TableSort = NonNullable<ObservationPageQuery['sort']>;

export interface ObservationWindow {
  /** Rows matching the filter (null until the first answer). */
  total: number | null;
  /** Index of `rows[0]` among all matching rows. */
  offset: number;
  rows: ObservationRow[];
  error: ApiError | null;
  /** Makes sure rows first..last are loaded (the table calls it as it scrolls). */
  ensure(first: number, last: number): void;
  /** Reloads the loaded window (after a change). */
  refresh(): void;
}

/**
 * The rows of the data table, fetched a window at a time from the core as the user scrolls, so a
 * store of a million figures never travels whole to the interface. A new filter or sort starts
 * again from the top; answers to superseded requests are dropped.
 */
export function useObservationWindow(filter: ObservationFilterInput, sort: TableSort | null, city?: string): ObservationWindow {
  const api = useApi();
  const [state, setState] = useState<{ total: number | null; offset: number; rows: ObservationRow[]; error: ApiError | null }>({ total: null, offset: 0, rows: [], error: null });
  const request = useRef(0);
  const loading = useRef<number | null>(null);
  const query = JSON.stringify({ filter, sort, city });
  const offsetRef = useRef(0);

  const load = useCallback(
    (offset: number) => {
      const id = (request.current += 1);
      loading.current = offset;
      void api.call('observations.page', { filter, sort, offset, limit: windowSize, city }).then((answer) => {
        if (id !== request.current) return;
        loading.current = null;
        if (!answer.ok) return setState((s) => ({ ...s, error: answer.error }));
        offsetRef.current = answer.value.offset;
        setState({ total: answer.value.total, offset: answer.value.offset, rows: answer.value.rows, error: null });
      });
    },
    // `query` stands for `filter`, `sort` and `city`; callers rebuild the first two on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, query],
  );

  useEffect(() => {
    offsetRef.current = 0;
    load(0);
  }, [load]);

  const ensure = useCallback(
    (first: number, last: number) => {
      const wanted = nextWindowStart({ offset: offsetRef.current, count: state.rows.length }, first, last, loading.current);
      if (wanted !== null) load(wanted);
    },
    [load, state.rows.length],
  );

  const refresh = useCallback(() => load(offsetRef.current), [load]);
  return { ...state, ensure, refresh };
}
