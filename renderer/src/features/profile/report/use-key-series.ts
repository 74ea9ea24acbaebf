import { useEffect, useState } from 'react';
import type { Loadable } from '../../../api/api-context';
import { useApi } from '../../../api/api-context';
import type { CitedValue } from '../../../../../shared/domain/dashboard';

/**
 * The totals over time of each key indicator, for the report's charts: one question per indicator,
 * the same the Charts tab asks, so the printed chart and the one on screen draw the same figures.
 */
export function useKeySeries(indicators: readonly string[], city: string | undefined): Loadable<ReadonlyMap<string, readonly CitedValue[]>> {
  const api = useApi();
  const [result, setResult] = useState<Loadable<ReadonlyMap<string, readonly CitedValue[]>>>({ state: 'loading' });
  const joined = indicators.join('\n');
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    void (async () => {
      const series = new Map<string, readonly CitedValue[]>();
      for (const indicator of joined === '' ? [] : joined.split('\n')) {
        const answer = await api.call('dashboard.indicator', { indicator, city });
        if (!current) return;
        if (!answer.ok) return setResult({ state: 'failed', error: answer.error });
        series.set(indicator, answer.value.series);
      }
      if (current) setResult({ state: 'ready', value: series });
    })();
    return () => {
      current = false;
    };
  }, [api, joined, city]);
  return result;
}
