import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import { adviceText, type Advice } from '../../../../shared/domain/advice';
import { commitmentTitle } from '../../../../shared/domain/commitment';
import type { UiLocale } from '../../../../shared/domain/locales';
import { useApi, useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useUnsavedWork } from '../../unsaved/unsaved-changes';
import { useAdviceProblem } from './use-advice-problem';
import { LanguageSelect } from './AdviceSelects';
import { useAdviceWords } from './use-advice-words';

/**
 * The learning record on advice the city received: what it changed because of it, and the
 * commitments it led to — the evidence of what peer learning changed. It travels back to the adviser.
 */
export function LearningRecord({ advice, onDone }: { advice: Advice; onDone(advice: Advice): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const words = useAdviceWords();
  const mine = advice.toCity === words.ownCode;
  // The owner's commitments: the own city's, or on advice given, the copy of the peer's.
  const [commitments] = useRead('commitments.list', { city: mine ? undefined : advice.toCity }, `advice-learning-commitments:${mine ? '' : advice.toCity}`);
  const [editing, setEditing] = useState(false);
  const start = { original: advice.outcome?.original ?? words.locale, texts: advice.outcome?.texts ?? { en: '', fr: '', ar: '' }, commitments: advice.outcome?.commitments ?? [] };
  const [form, setForm] = useState<{ original: UiLocale; texts: Advice['texts']; commitments: string[] }>(start);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const problem = useAdviceProblem(error);
  const titles = new Map(commitments.state === 'ready' ? commitments.value.map((c) => [c.uid, commitmentTitle(c, words.locale)]) : []);

  const save = async (): Promise<boolean> => {
    setBusy(true);
    const answer = await api.call('advice.saveOutcome', { adviceCity: advice.city, adviceUid: advice.uid, ...form });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return false;
    }
    setError(null);
    setEditing(false);
    onDone(answer.value);
    return true;
  };
  useUnsavedWork(editing && JSON.stringify(form) !== JSON.stringify(start), { save, discard: () => setEditing(false) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const outcome = advice.outcome;
  return (
    <section className="advice-learning" aria-labelledby={`learning-${advice.uid}`}>
      <h3 id={`learning-${advice.uid}`}>{mine ? t('advice.learning.title') : t('advice.learning.theirTitle', { city: words.cityName(advice.toCity) })}</h3>
      {outcome && !editing ? (
        <>
          {adviceText(outcome.texts, outcome.original, words.locale) ? (
            <p className="advice-text" dir="auto">
              {adviceText(outcome.texts, outcome.original, words.locale)}
            </p>
          ) : null}
          {outcome.commitments.length > 0 ? (
            <>
              <p className="muted">{t('advice.learning.ledTo')}</p>
              <ul className="advice-learning__commitments">
                {outcome.commitments.map((uid) => (
                  <li key={uid}>{titles.has(uid) ? <bdi>{titles.get(uid)}</bdi> : <code>{uid}</code>}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      {!outcome && !editing ? <p className="muted">{mine ? t('advice.learning.none') : t('advice.learning.noneTheirs')}</p> : null}
      {mine && !editing ? (
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {outcome ? t('advice.learning.edit') : t('advice.learning.add')}
        </button>
      ) : null}
      {mine && editing ? (
        <form onSubmit={submit} className="advice-learning__form">
          {error && !error.issues?.length ? <ErrorNotice error={error} /> : null}
          <LanguageSelect label={t('advice.reply.language')} value={form.original} onChange={(original) => setForm({ ...form, original })} />
          <Field label={t('advice.learning.changed')} hint={t('advice.learning.changedHint')} error={problem('texts')}>
            {({ id, describedBy, invalid }) => (
              <textarea id={id} rows={3} dir="auto" aria-describedby={describedBy} aria-invalid={invalid} value={form.texts[form.original]} onChange={(e) => setForm({ ...form, texts: { ...form.texts, [form.original]: e.target.value } })} />
            )}
          </Field>
          <fieldset className="advice-learning__choices">
            <legend>{t('advice.learning.commitments')}</legend>
            {problem('commitments') ? <p className="field__error">{problem('commitments')}</p> : null}
            {commitments.state === 'ready'
              ? commitments.value.map((c) => (
                  <label key={c.uid} className="choice__option">
                    <input
                      type="checkbox"
                      checked={form.commitments.includes(c.uid)}
                      onChange={(e) => setForm({ ...form, commitments: e.target.checked ? [...form.commitments, c.uid] : form.commitments.filter((uid) => uid !== c.uid) })}
                    />
                    <bdi>{commitmentTitle(c, words.locale)}</bdi>
                  </label>
                ))
              : null}
          </fieldset>
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('advice.learning.save')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setEditing(false)}>
              {t('advice.form.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
