import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { maxCitationsPerRequest, type CitationAnswer } from '../../../../../shared/domain/narrative';
import type { ApiError } from '../../../../../shared/api/result';
import { citationKey, collectCitations, type Block } from '../../../../../shared/narrative';
import { useApi } from '../../../api/api-context';
import { useCityScope } from '../../../city/city-scope';

export interface Citations {
  /** The answer for each canonical key asked so far; a key missing here is still on its way. */
  answers: ReadonlyMap<string, CitationAnswer>;
  error: ApiError | null;
  /** Asks again for every figure (after the data changed elsewhere). */
  refresh(): void;
}

/** The distinct citation keys of some documents, in reading order. */
export function citationKeys(documents: readonly Block[][]): string[] {
  return [...new Set(documents.flatMap((blocks) => collectCitations(blocks).map(citationKey)))];
}

/**
 * Resolves the citations of the documents shown, live: every figure is asked for when the view
 * mounts, when the window regains focus (the data may have changed in another tab) and on refresh;
 * while typing, only keys not yet known are asked for, so the preview keeps up with the writer.
 */
export function useCitations(keys: readonly string[]): Citations {
  const api = useApi();
  // The pages are mounted anew when another city is shown, so the answers never mix two cities.
  const { city } = useCityScope();
  const [answers, setAnswers] = useState<ReadonlyMap<string, CitationAnswer>>(new Map());
  const [error, setError] = useState<ApiError | null>(null);
  const [generation, setGeneration] = useState(0);
  // Refs, not state: they change inside requests and must not start new ones.
  const known = useRef<ReadonlyMap<string, CitationAnswer>>(answers);
  const asked = useRef(new Set<string>());
  const round = useRef(0);
  const joined = keys.join('\n');

  const refresh = useCallback(() => {
    asked.current = new Set();
    round.current += 1;
    setGeneration(round.current);
  }, []);

  useEffect(() => {
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [refresh]);

  useEffect(() => {
    const missing = (joined === '' ? [] : joined.split('\n')).filter((key) => !asked.current.has(key));
    if (missing.length === 0) return;
    for (const key of missing) asked.current.add(key);
    const started = round.current;
    void (async () => {
      const found: CitationAnswer[] = [];
      for (let start = 0; start < missing.length; start += maxCitationsPerRequest) {
        const answer = await api.call('narrative.cite', { citations: missing.slice(start, start + maxCitationsPerRequest), city });
        if (round.current !== started) return;
        if (!answer.ok) {
          // Asked again next time: a failed request must not leave figures pending for good.
          for (const key of missing) asked.current.delete(key);
          setError(answer.error);
          return;
        }
        found.push(...answer.value);
      }
      if (round.current !== started) return;
      // Merged over what is shown, so a refresh replaces figures without flashing them away.
      const next = new Map(known.current);
      for (const item of found) next.set(item.key, item);
      known.current = next;
      setError(null);
      setAnswers(next);
    })();
  }, [api, joined, generation, city]);

  return useMemo(() => ({ answers, error, refresh }), [answers, error, refresh]);
}
