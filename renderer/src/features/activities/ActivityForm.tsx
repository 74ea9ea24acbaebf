import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import { activityKinds, ActivityKind, type Activity, type FollowUp } from '../../../../shared/domain/activity';
import { workingLanguages } from '../../../../shared/domain/locales';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { asUiLocale } from '../../i18n/i18n';
import { useUnsavedWork } from '../../unsaved/unsaved-changes';
import { useFormat } from '../../i18n/use-format';
import { countOf, inputOf, type ActivityFormState } from './activity-draft';
import { FollowUpsEditor } from './FollowUpsEditor';
import { ParticipantsGrid } from './ParticipantsGrid';

/** Adding or changing one activity; every part is a plain form control, so all of it works from the keyboard. */
export function ActivityForm({
  initial,
  saved,
  ages,
  onSaved,
  onLinked,
  onCancel,
}: {
  initial: ActivityFormState;
  saved: Activity | null;
  ages: readonly string[];
  onSaved(activity: Activity): void;
  /** A follow-up became a commitment: the stored activity changed. */
  onLinked(): void;
  onCancel(): void;
}) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const format = useFormat();
  const api = useApi();
  const [form, setForm] = useState(initial);
  // What the store holds, as the form shows it: anything else is unsaved and asked about before leaving.
  const [baseline, setBaseline] = useState(initial);
  // The record as stored, kept current when a follow-up becomes a commitment (its revision rises).
  const [stored, setStored] = useState<Activity | null>(saved);
  const [error, setError] = useState<ApiError | null>(null);
  const [badCounts, setBadCounts] = useState(false);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form may open above the list it was opened from: take the reader there.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const set = <K extends keyof ActivityFormState>(key: K, value: ActivityFormState[K]) => setForm((f) => ({ ...f, [key]: value }));

  const problem = (path: string): string | undefined => {
    const issue = error?.issues?.find((i) => i.path === path || i.path.startsWith(`${path}.`));
    if (!issue) return undefined;
    const code = issue.problem?.code;
    return code && i18n.exists(`activities.problems.${code}`) ? t(`activities.problems.${code}`) : t('activities.problems.invalid');
  };

  const save = async (): Promise<boolean> => {
    const invalidCount = Object.values(form.participants).some((text) => countOf(text) === null);
    setBadCounts(invalidCount);
    if (invalidCount) return false;
    setBusy(true);
    const answer = await api.call('activities.save', inputOf(form, ages));
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

  const commit = async (followUp: FollowUp): Promise<ApiError | null> => {
    if (!stored) return null;
    const note = t('activities.followUps.note', { title: stored.title, date: format.date(`${stored.date}T00:00:00`) });
    const answer = await api.call('activities.followUpToCommitment', { activity: stored.uid, followUp: followUp.uid, locale, note });
    if (!answer.ok) return answer.error;
    setStored(answer.value.activity);
    onLinked();
    // Only the link and the revision change: whatever else is being typed stays.
    const link = (f: ActivityFormState): ActivityFormState => ({
      ...f,
      baseRevision: answer.value.activity.revision,
      followUps: f.followUps.map((item) => (item.uid === followUp.uid ? { ...item, commitment: answer.value.commitment } : item)),
    });
    setForm(link);
    setBaseline(link);
    return null;
  };

  return (
    <form className="card form activity-form" onSubmit={(e) => void submit(e)} aria-labelledby="activity-form-title" noValidate>
      <h2 id="activity-form-title" ref={heading} tabIndex={-1}>{form.uid ? t('activities.form.editTitle') : t('activities.form.newTitle')}</h2>
      {error && !error.issues?.length ? <ErrorNotice error={error} /> : null}
      {error?.issues?.length ? <p className="field__error" role="alert">{t('activities.form.fix')}</p> : null}
      <div className="activity-form__grid">
        <Field label={t('activities.fields.kind')}>
          {({ id }) => (
            <select id={id} value={form.kind} onChange={(e) => set('kind', ActivityKind.parse(e.target.value))}>
              {activityKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`activities.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('activities.fields.language')} hint={t('activities.fields.languageHint')}>
          {({ id, describedBy }) => (
            <select id={id} aria-describedby={describedBy} value={form.language} onChange={(e) => set('language', workingLanguages.find((l) => l === e.target.value) ?? form.language)}>
              {workingLanguages.map((language) => (
                <option key={language} value={language}>
                  {format.language(language)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="activity-form__wide">
          <Field label={t('activities.fields.title')} error={problem('title')}>
            {({ id, describedBy, invalid }) => (
              <input id={id} lang={form.language} dir="auto" aria-describedby={describedBy} aria-invalid={invalid || undefined} value={form.title} onChange={(e) => set('title', e.target.value)} />
            )}
          </Field>
        </div>
        <Field label={t('activities.fields.date')} error={problem('date')}>
          {({ id, describedBy, invalid }) => <input id={id} type="date" aria-describedby={describedBy} aria-invalid={invalid || undefined} value={form.date} onChange={(e) => set('date', e.target.value)} />}
        </Field>
        <Field label={t('activities.fields.endDate')} hint={t('activities.fields.endDateHint')} error={problem('endDate')}>
          {({ id, describedBy, invalid }) => <input id={id} type="date" aria-describedby={describedBy} aria-invalid={invalid || undefined} value={form.endDate} onChange={(e) => set('endDate', e.target.value)} />}
        </Field>
        <Field label={t('activities.fields.place')}>
          {({ id }) => <input id={id} dir="auto" value={form.place} onChange={(e) => set('place', e.target.value)} />}
        </Field>
        <Field label={t('activities.fields.host')} hint={t('activities.fields.hostHint')}>
          {({ id, describedBy }) => <input id={id} dir="auto" aria-describedby={describedBy} value={form.host} onChange={(e) => set('host', e.target.value)} />}
        </Field>
        <div className="activity-form__wide">
          <Field label={t('activities.fields.cities')} hint={t('activities.fields.citiesHint')} error={problem('cities')}>
            {({ id, describedBy, invalid }) => (
              <textarea id={id} rows={3} dir="auto" aria-describedby={describedBy} aria-invalid={invalid || undefined} value={form.cities} onChange={(e) => set('cities', e.target.value)} />
            )}
          </Field>
        </div>
      </div>
      <ParticipantsGrid ages={ages} counts={form.participants} onChange={(key, text) => set('participants', { ...form.participants, [key]: text })} />
      {badCounts || problem('participants') ? <p className="field__error">{t('activities.problems.counts')}</p> : null}
      <Field label={t('activities.fields.outputs')} hint={t('activities.fields.outputsHint')}>
        {({ id, describedBy }) => <textarea id={id} rows={4} dir="auto" aria-describedby={describedBy} value={form.outputs} onChange={(e) => set('outputs', e.target.value)} />}
      </Field>
      <FollowUpsEditor followUps={form.followUps} saved={stored?.followUps ?? []} readOnly={false} onChange={(next) => set('followUps', next)} onCommit={commit} />
      {problem('followUps') ? <p className="field__error">{problem('followUps')}</p> : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('activities.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('activities.form.close')}
        </button>
      </div>
    </form>
  );
}
