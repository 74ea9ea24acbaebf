import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../../../shared/api/result';
import type { ImportJob, ImportMapping } from '../../../../../shared/domain/observation-import';
import { useApi } from '../../../api/api-context';

const pollEvery = 250;

/**
 * Runs an import job in the core (a dry run or the real one) and follows it: the core works on its
 * own thread and is asked for progress a few times a second, so the window stays responsive and
 * the user can cancel.
 */
export function useImportJob() {
  const api = useApi();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const follow = useCallback(
    (id: string) => {
      timer.current = setTimeout(() => {
        void api.call('imports.job', { job: id }).then((answer) => {
          if (!alive.current) return;
          if (!answer.ok) return setError(answer.error);
          setJob(answer.value);
          if (answer.value.state === 'running') follow(id);
        });
      }, pollEvery);
    },
    [api],
  );

  const start = useCallback(
    async (file: string, mapping: ImportMapping, dryRun: boolean) => {
      setError(null);
      setJob(null);
      const answer = await api.call('imports.start', { file, mapping, dryRun });
      if (!alive.current) return;
      if (!answer.ok) return setError(answer.error);
      setJob(answer.value);
      if (answer.value.state === 'running') follow(answer.value.job);
    },
    [api, follow],
  );

  const cancel = useCallback(async () => {
    if (!job) return;
    const answer = await api.call('imports.cancel', { job: job.job });
    if (answer.ok) setJob(answer.value);
  }, [api, job]);

  const reset = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    setJob(null);
    setError(null);
  }, []);

  return { job, error, start, cancel, reset };
}
