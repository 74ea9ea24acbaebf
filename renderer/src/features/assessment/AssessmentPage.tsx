import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { Assessment } from '../../../../shared/domain/assessment';
import { useApi, useRead } from '../../api/api-context';
import { scopedKey, useCityScope } from '../../city/city-scope';
import { ConfirmDialog, type ConfirmChoice } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { formOf, type AssessmentFormState } from './assessment-draft';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentList } from './AssessmentList';
import { ComparePicker, latestPair } from './ComparePicker';
import { StartAssessment } from './StartAssessment';
import { useFrameworkWords } from './use-framework-words';
import './assessment.css';

/** Self-assessment against a framework of the catalogue, kept over the years and compared. */
export function AssessmentPage() {
  const { t } = useTranslation();
  const api = useApi();
  const scope = useCityScope();
  const words = useFrameworkWords();
  const [assessments, reload] = useRead('assessments.list', { city: scope.city }, scopedKey(scope, 'assessments'));
  const [editing, setEditing] = useState<{ key: string; form: AssessmentFormState } | null>(null);
  const [removing, setRemoving] = useState<Assessment | null>(null);
  const [pair, setPair] = useState<[string | null, string | null] | null>(null);
  const [done, setDone] = useState<{ key: 'saved' | 'removed'; title: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const list = assessments.state === 'ready' ? assessments.value : [];
  const [before, after] = pair ?? latestPair(list) ?? [null, null];

  const open = (assessment: Assessment) => {
    const framework = words.framework(assessment.framework);
    if (!framework) return;
    setEditing({ key: `${assessment.uid}:${assessment.revision}`, form: formOf(framework, assessment) });
  };

  const remove = async (assessment: Assessment) => {
    setBusy(true);
    const answer = await api.call('assessments.delete', { uid: assessment.uid });
    setBusy(false);
    setRemoving(null);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setDone({ key: 'removed', title: assessment.title });
    if (editing?.form.uid === assessment.uid) setEditing(null);
    setPair(null);
    reload();
  };

  const keep: ConfirmChoice = { label: t('assessment.removeKeep'), tone: 'primary', onChoose: () => setRemoving(null) };

  return (
    <>
      <PageHeader title={t('assessment.title')} intro={t('assessment.intro')} />
      {done ? <Notice tone="success" title={t(`assessment.${done.key}`, { title: done.title })} /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {scope.readOnly ? null : (
        <StartAssessment
          assessments={list}
          onStart={(form) => {
            setDone(null);
            setEditing({ key: `new:${Date.now()}`, form });
          }}
        />
      )}
      {editing && !scope.readOnly ? (
        <AssessmentForm
          key={editing.key}
          initial={editing.form}
          onSaved={(assessment) => {
            setDone({ key: 'saved', title: assessment.title });
            open(assessment);
            setPair(null);
            reload();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <section className="card" aria-labelledby="assessment-list-title">
        <h2 id="assessment-list-title">{t('assessment.listTitle')}</h2>
        {assessments.state === 'loading' ? <Loading /> : null}
        {assessments.state === 'failed' ? <ErrorNotice error={assessments.error} /> : null}
        {assessments.state === 'ready' ? <AssessmentList assessments={list} readOnly={scope.readOnly} busy={busy} onOpen={(a) => {
              setDone(null);
              open(a);
            }}
            onRemove={setRemoving} /> : null}
      </section>
      {list.length >= 2 ? <ComparePicker assessments={list} before={before} after={after} onPick={(b, a) => setPair([b, a])} /> : null}
      {removing ? (
        <ConfirmDialog
          title={t('assessment.removeTitle', { title: removing.title })}
          message={t('assessment.removeMessage')}
          choices={[keep, { label: t('assessment.removeConfirm'), tone: 'plain', onChoose: () => void remove(removing) }]}
          safe={keep}
          busy={busy}
        />
      ) : null}
    </>
  );
}
