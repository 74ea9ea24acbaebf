import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import { dimensionScores, type Assessment } from '../../../../shared/domain/assessment';
import { commitmentTitle } from '../../../../shared/domain/commitment';
import { useApi, useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useUnsavedWork } from '../../unsaved/unsaved-changes';
import { Field } from '../../components/Field';
import { inputOf, type AssessmentFormState } from './assessment-draft';
import { CriterionFields, type CommitmentChoice } from './CriterionFields';
import { DimensionChart } from './DimensionChart';
import { useFrameworkWords } from './use-framework-words';

/** Scoring a framework's criteria, grouped by dimension, with the chart of the scores as they are typed. */
export function AssessmentForm({ initial, onSaved, onCancel }: { initial: AssessmentFormState; onSaved(assessment: Assessment): void; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const words = useFrameworkWords();
  const [form, setForm] = useState(initial);
  // What was opened or last saved: anything else is unsaved and asked about before leaving.
  const [baseline, setBaseline] = useState(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form may open above the list it was opened from: take the reader there.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const [commitmentList] = useRead('commitments.list', {}, 'assessment-commitments');
  const framework = words.framework(form.framework);
  const commitments: CommitmentChoice[] = commitmentList.state === 'ready' ? commitmentList.value.map((c) => ({ uid: c.uid, title: commitmentTitle(c, words.locale) })) : [];
  const scores = useMemo(() => (framework ? dimensionScores(framework.items, Object.values(form.answers)) : []), [framework, form.answers]);

  const problem = (path: string): string | undefined => {
    const issue = error?.issues?.find((i) => i.path === path);
    if (!issue) return undefined;
    const code = issue.problem?.code;
    return code && i18n.exists(`assessment.problems.${code}`) ? t(`assessment.problems.${code}`) : t('assessment.problems.invalid');
  };
  const otherProblems = error?.issues?.filter((i) => i.path !== 'title' && i.path !== 'date') ?? [];

  const save = async (): Promise<boolean> => {
    setBusy(true);
    // A linked commitment removed since is no longer offered: its link goes rather than blocking the save.
    const live = commitmentList.state === 'ready' ? new Set(commitmentList.value.map((c) => c.uid)) : null;
    const answers = live ? Object.fromEntries(Object.entries(form.answers).map(([item, a]) => [item, { ...a, commitments: a.commitments.filter((uid) => live.has(uid)) }])) : form.answers;
    const answer = await api.call('assessments.save', inputOf({ ...form, answers }));
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return false;
    }
    setError(null);
    setBaseline(form);
    onSaved(answer.value);
    return true;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save();
  };

  useUnsavedWork(JSON.stringify(form) !== JSON.stringify(baseline), { save, discard: onCancel });

  if (!framework) return null;
  const groups = framework.groups.length > 0 ? framework.groups.map((g) => ({ code: g.code, items: framework.items.filter((i) => i.group === g.code) })) : [{ code: null, items: framework.items }];

  return (
    <form className="card form assessment-form" onSubmit={(e) => void submit(e)} aria-labelledby="assessment-form-title" noValidate>
      <h2 id="assessment-form-title" ref={heading} tabIndex={-1}>{form.uid ? t('assessment.form.editTitle') : t('assessment.form.newTitle')}</h2>
      <p className="muted">{words.frameworkName(form.framework)}</p>
      {error && !error.issues?.length ? <ErrorNotice error={error} /> : null}
      {otherProblems.length > 0 ? (
        <p className="field__error" role="alert">
          {t('assessment.problems.criteria', { count: otherProblems.length })}
        </p>
      ) : null}
      <div className="assessment-form__head">
        <Field label={t('assessment.fields.title')} error={problem('title')}>
          {({ id, describedBy, invalid }) => <input id={id} dir="auto" aria-describedby={describedBy} aria-invalid={invalid || undefined} value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />}
        </Field>
        <Field label={t('assessment.fields.date')} error={problem('date')}>
          {({ id, describedBy, invalid }) => <input id={id} type="date" aria-describedby={describedBy} aria-invalid={invalid || undefined} value={form.date} onChange={(e) => setForm({ ...form, date: e.target.value })} />}
        </Field>
      </div>
      <DimensionChart framework={form.framework} series={[{ label: form.title, scores }]} title={t('assessment.chart.title')} />
      {groups.map((group) => (
        <section key={group.code ?? 'all'} className="assessment-form__dimension" aria-labelledby={group.code ? `dimension-${group.code}` : undefined}>
          {group.code ? <h3 id={`dimension-${group.code}`}>{words.dimensionName(form.framework, group.code)}</h3> : null}
          {group.items.map((item) => {
            const answer = form.answers[item.code];
            if (!answer) return null;
            return (
              <CriterionFields
                key={item.code}
                item={item}
                name={words.criterionName(form.framework, item.code)}
                answer={answer}
                commitments={commitments}
                onChange={(next) => setForm((f) => ({ ...f, answers: { ...f.answers, [item.code]: next } }))}
              />
            );
          })}
        </section>
      ))}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('assessment.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('assessment.form.close')}
        </button>
      </div>
    </form>
  );
}
