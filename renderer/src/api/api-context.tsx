import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';

const ApiContext = createContext<ApiClient | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
}

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: ApiError };

/**
 * Calls a read method and re-calls it when `key` changes. `reload` re-runs it after a write.
 * Late answers from a superseded call are dropped.
 */
export function useRead<M extends MethodName>(method: M, input: MethodInput<M>, key: string): [Loadable<MethodOutput<M>>, () => void] {
  const api = useApi();
  const [result, setResult] = useState<Loadable<MethodOutput<M>>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    void api.call(method, input).then((answer) => {
      if (!current) return;
      setResult(answer.ok ? { state: 'ready', value: answer.value } : { state: 'failed', error: answer.error });
    });
    return () => {
      current = false;
    };
    // `key` stands for `input`: callers build it from the input's fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, method, key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return [result, reload];
}
