import { useEffect, useState } from 'react';
import type { ApiError } from '../../../../shared/api/result';
import type { PaperContent } from '../../../../shared/domain/priority-paper';
import { useApi } from '../../api/api-context';
import { useCityScope } from '../../city/city-scope';

/** The current text, or a named version by its id. */
export type PaperSide = 'current' | string;

/**
 * The contents of the sides being compared: the current text as it is being written, a version as
 * the core keeps it (asked for once, then kept: a version never changes).
 */
export function useVersionContents(sides: readonly PaperSide[], current: PaperContent): { contents: ReadonlyMap<PaperSide, PaperContent>; error: ApiError | null } {
  const api = useApi();
  const { city } = useCityScope();
  const [versions, setVersions] = useState<ReadonlyMap<string, PaperContent>>(new Map());
  const [error, setError] = useState<ApiError | null>(null);
  const wanted = sides.filter((side) => side !== 'current' && !versions.has(side)).join(',');

  useEffect(() => {
    if (wanted === '') return;
    let live = true;
    void (async () => {
      const found = new Map<string, PaperContent>();
      for (const uid of wanted.split(',')) {
        const answer = await api.call('paper.version', { uid, city });
        if (!live) return;
        if (!answer.ok) {
          setError(answer.error);
          return;
        }
        found.set(uid, answer.value.content);
      }
      setError(null);
      setVersions((known) => new Map([...known, ...found]));
    })();
    return () => {
      live = false;
    };
  }, [api, city, wanted]);

  const contents = new Map<PaperSide, PaperContent>(versions);
  contents.set('current', current);
  return { contents, error };
}
