import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { Notice } from '../../components/Notice';
import type { PaperStore } from './use-paper-store';

type Outcome = { kind: 'saved'; name: string } | { kind: 'empty' } | { kind: 'taken'; name: string } | { kind: 'failed'; error: ApiError };

/** Keeps the paper as it is under a name; unsaved words are saved first, so the version holds what is on screen. */
export function SaveVersionForm({ store }: { store: PaperStore }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = name.trim();
    if (wanted === '') return setOutcome({ kind: 'empty' });
    if (store.versions.some((v) => v.name === wanted)) return setOutcome({ kind: 'taken', name: wanted });
    setBusy(true);
    if (store.dirty && !(await store.save())) {
      setBusy(false);
      setOutcome(null);
      return;
    }
    const answer = await api.call('paper.saveVersion', { name: wanted });
    setBusy(false);
    if (!answer.ok) {
      const taken = answer.error.issues?.some((issue) => issue.problem?.code === 'version_name_taken');
      return setOutcome(taken ? { kind: 'taken', name: wanted } : { kind: 'failed', error: answer.error });
    }
    store.setVersions([answer.value, ...store.versions.filter((v) => v.uid !== answer.value.uid)]);
    setName('');
    setOutcome({ kind: 'saved', name: answer.value.name });
  };

  const problem = outcome?.kind === 'empty' ? t('paper.versions.nameEmpty') : outcome?.kind === 'taken' ? t('paper.versions.nameTaken', { name: outcome.name }) : null;
  return (
    <form className="card paper-save-version" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('paper.versions.newName')}</label>
        <input
          id={`${id}-name`}
          type="text"
          dir="auto"
          maxLength={120}
          value={name}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : `${id}-help`}
          onChange={(e) => {
            setName(e.target.value);
            if (outcome?.kind !== 'saved') setOutcome(null);
          }}
          data-testid="paper-version-name"
        />
        <p id={`${id}-help`} className="paper-field-help">
          {t('paper.versions.newHelp')}
        </p>
        {problem ? (
          <p id={`${id}-problem`} className="field__error" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        <Icon name="plus" />
        {t('paper.versions.save')}
      </button>
      {outcome?.kind === 'saved' ? (
        <Notice tone="success" title={t('paper.versions.saved', { name: outcome.name })} />
      ) : null}
      {outcome?.kind === 'failed' ? <ErrorNotice error={outcome.error} /> : null}
    </form>
  );
}
