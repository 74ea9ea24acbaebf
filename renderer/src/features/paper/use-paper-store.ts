import { useState } from 'react';
import type { ApiError } from '../../../../shared/api/result';
import type { PaperContent, PaperVersionSummary, PriorityPaper } from '../../../../shared/domain/priority-paper';
import { useApi } from '../../api/api-context';
import { useCityScope } from '../../city/city-scope';
import { useUnsavedWork } from '../../unsaved/unsaved-changes';
import { issuePlaces, type IssuePlace } from './issue-places';

export type PaperSaving = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; error: ApiError; places: IssuePlace[] };

/**
 * The paper as stored and as being written, and the calls that change it. Saving names the revision
 * the text was based on, so a change made elsewhere meanwhile (another window, the command line) is
 * reported as a conflict instead of being overwritten.
 */
export function usePaperStore(initial: { paper: PriorityPaper; versions: PaperVersionSummary[] }) {
  const api = useApi();
  const { city } = useCityScope();
  const [stored, setStored] = useState(initial.paper);
  const [versions, setVersions] = useState(initial.versions);
  const [draft, setDraft] = useState<PaperContent>(initial.paper.content);
  const [saving, setSaving] = useState<PaperSaving>({ state: 'idle' });
  // Compared as JSON: the content is plain data, and a text typed back to what it was is not a change.
  const dirty = JSON.stringify(draft) !== JSON.stringify(stored.content);

  const save = async (): Promise<boolean> => {
    if (saving.state === 'saving') return false;
    setSaving({ state: 'saving' });
    const answer = await api.call('paper.save', { content: draft, baseRevision: stored.revision });
    if (!answer.ok) {
      setSaving({ state: 'failed', error: answer.error, places: issuePlaces(answer.error.issues ?? [], draft.priorities.map((p) => p.uid)) });
      return false;
    }
    setStored(answer.value);
    setDraft(answer.value.content);
    setSaving({ state: 'saved' });
    return true;
  };

  /** Reads the paper and its versions again (after going back to a version, or a conflict). */
  const reload = async (): Promise<ApiError | null> => {
    const answer = await api.call('paper.get', { city });
    if (!answer.ok) return answer.error;
    setStored(answer.value.paper);
    setVersions(answer.value.versions);
    setDraft(answer.value.paper.content);
    setSaving({ state: 'idle' });
    return null;
  };

  useUnsavedWork(dirty, {
    save,
    discard: () => {
      setDraft(stored.content);
      setSaving({ state: 'idle' });
    },
  });

  const edit = (next: PaperContent) => {
    setDraft(next);
    if (saving.state === 'saved') setSaving({ state: 'idle' });
  };

  return { stored, versions, setVersions, draft, edit, dirty, saving, save, reload };
}

export type PaperStore = ReturnType<typeof usePaperStore>;
