import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import { adviceKinds, type Advice, type AdviceItemKind, type AdviceKind, type AdviceTexts } from '../../../../shared/domain/advice';
import type { UiLocale } from '../../../../shared/domain/locales';
import { useApi, useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { useUnsavedWork } from '../../unsaved/unsaved-changes';
import { ItemText } from './ItemChanges';
import { useAdviceProblem } from './use-advice-problem';
import { ItemName, LanguageSelect } from './AdviceSelects';
import { useAdviceWords } from './use-advice-words';

/** The headings a structured template puts in the text, in the order a reviewer writes them. */
const templateParts = ['strengths', 'risks', 'transferability', 'nextSteps', 'references'] as const;

interface FormState {
  kind: AdviceKind;
  original: UiLocale;
  texts: AdviceTexts;
  quote: string;
  reference: string;
  ready: boolean;
}

/**
 * Writes advice on a peer's item, anchored to the version shown beside it, or edits a draft. The
 * item is read again from the store when the form opens: the advice is saved against exactly what
 * the writer sees (a newer bundle in between is refused by the core and said here).
 */
export function AdviceForm({ item, draft, request, onSaved, onCancel }: { item: { city: string; kind: AdviceItemKind; id: string }; draft: Advice | null; request: string | null; onSaved(advice: Advice): void; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const words = useAdviceWords();
  const [current, reloadItem] = useRead('advice.item', { city: item.city, item: { kind: item.kind, id: item.id } }, `advice-item:${item.city}:${item.kind}:${item.id}`);
  const initial: FormState = draft
    ? { kind: draft.kind, original: draft.original, texts: draft.texts, quote: draft.quote, reference: draft.reference, ready: draft.ready }
    : { kind: 'suggestion', original: words.locale, texts: { en: '', fr: '', ar: '' }, quote: '', reference: '', ready: false };
  const [form, setForm] = useState<FormState>(initial);
  const [baseline, setBaseline] = useState<FormState>(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // Told once the saved form is the baseline: leaving before that would ask about unsaved text.
  const [saved, setSaved] = useState<Advice | null>(null);
  const whenSaved = useRef(onSaved);
  whenSaved.current = onSaved;
  useEffect(() => {
    if (saved) whenSaved.current(saved);
  }, [saved]);
  const problem = useAdviceProblem(error);
  const set = (change: Partial<FormState>) => setForm((f) => ({ ...f, ...change }));
  const text = form.texts[form.original];
  const setText = (value: string) => set({ texts: { ...form.texts, [form.original]: value } });

  const save = async (): Promise<boolean> => {
    if (current.state !== 'ready' || !current.value) return false;
    setBusy(true);
    const answer = await api.call('advice.save', {
      ...(draft ? { uid: draft.uid, baseRevision: draft.revision } : {}),
      toCity: item.city,
      item: { kind: item.kind, id: item.id },
      seenVersion: current.value.version,
      request: draft ? draft.request : request,
      kind: form.kind,
      original: form.original,
      texts: form.texts,
      quote: form.quote,
      reference: form.reference,
      ready: form.ready,
    });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      if (answer.error.issues?.some((issue) => issue.problem?.code === 'item_changed')) reloadItem();
      return false;
    }
    setError(null);
    setBaseline(form);
    setSaved(answer.value);
    return true;
  };
  useUnsavedWork(JSON.stringify(form) !== JSON.stringify(baseline), { save, discard: onCancel });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const insertTemplate = () => {
    const lng = form.original;
    const headings = templateParts.map((part) => `${t(`advice.template.${part}`, { lng })}:\n`).join('\n');
    setText(text.trim() === '' ? headings : `${text.trimEnd()}\n\n${headings}`);
  };

  if (current.state === 'loading') return <Loading />;
  if (current.state === 'failed') return <ErrorNotice error={current.error} />;
  const shown = current.value;
  const cityName = words.cityName(item.city);
  const otherProblems = error?.issues?.filter((i) => !['texts', 'reference', 'item', 'toCity', 'request'].some((p) => i.path === p || i.path.startsWith(`${p}.`))) ?? [];

  return (
    <form className="card advice-form" onSubmit={submit} aria-labelledby="advice-form-title" noValidate>
      <h2 id="advice-form-title">{draft ? t('advice.form.editTitle', { city: cityName }) : t('advice.form.title', { city: cityName })}</h2>
      {shown === null ? (
        <Notice tone="warning" title={t('advice.form.itemGone', { city: cityName })} />
      ) : (
        <div className="advice-form__layout">
          <section className="advice-form__item" aria-labelledby="advice-form-item">
            <h3 id="advice-form-item">
              <ItemName item={item} title={shown} />
            </h3>
            <p className="muted">{t('advice.form.anchored', { city: cityName })}</p>
            {draft && draft.item.version !== shown.version ? <Notice tone="info" title={t('advice.form.itemMoved')} /> : null}
            {problem('item') ? <Notice tone="error" title={problem('item')} /> : null}
            <div className="advice-form__item-text">
              <ItemText text={shown.text} label={t('advice.form.itemText')} />
            </div>
          </section>
          <div className="advice-form__fields">
            {error && !error.issues?.length ? <ErrorNotice error={error} /> : null}
            {problem('request') ? <Notice tone="error" title={problem('request')} /> : null}
            {request || draft?.request ? <p className="muted">{t('advice.form.answersRequest')}</p> : null}
            <div className="advice-form__row">
              <Field label={t('advice.form.kind')}>
                {({ id }) => (
                  <select id={id} value={form.kind} onChange={(e) => set({ kind: adviceKinds.find((k) => k === e.target.value) ?? form.kind })}>
                    {adviceKinds.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`advice.kinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <LanguageSelect label={t('advice.form.language')} hint={t('advice.form.languageHint')} value={form.original} onChange={(original) => set({ original })} />
            </div>
            <Field label={t('advice.form.text')} hint={t('advice.form.textHint')} error={problem('texts')}>
              {({ id, describedBy, invalid }) => (
                <textarea id={id} rows={10} dir={form.original === 'ar' ? 'rtl' : 'ltr'} lang={form.original} aria-describedby={describedBy} aria-invalid={invalid} value={text} onChange={(e) => setText(e.target.value)} />
              )}
            </Field>
            <p className="advice-form__template">
              <button type="button" className="button button--quiet" onClick={insertTemplate}>
                {t('advice.form.template')}
              </button>
              <span className="muted">{t('advice.form.templateHint', { parts: templateParts.map((part) => t(`advice.template.${part}`, { lng: form.original })).join(' · ') })}</span>
            </p>
            <Field label={t('advice.form.quote')} hint={t('advice.form.quoteHint')}>
              {({ id, describedBy }) => <textarea id={id} rows={3} dir="auto" aria-describedby={describedBy} value={form.quote} onChange={(e) => set({ quote: e.target.value })} />}
            </Field>
            <Field label={form.kind === 'good_practice' ? t('advice.form.referenceRequired') : t('advice.form.reference')} hint={t('advice.form.referenceHint')} error={problem('reference')}>
              {({ id, describedBy, invalid }) => <input id={id} dir="auto" aria-describedby={describedBy} aria-invalid={invalid} value={form.reference} onChange={(e) => set({ reference: e.target.value })} />}
            </Field>
            <label className="advice-form__ready">
              <input type="checkbox" checked={form.ready} onChange={(e) => set({ ready: e.target.checked })} />
              <span>{t('advice.form.ready', { city: cityName })}</span>
            </label>
            {otherProblems.length > 0 ? (
              <Notice tone="error" title={t('advice.problems.title')}>
                <ul>
                  {otherProblems.map((issue, i) => (
                    <li key={i}>{issue.problem && i18n.exists(`advice.problems.${issue.problem.code}`) ? t(`advice.problems.${issue.problem.code}`) : t('advice.problems.invalid')}</li>
                  ))}
                </ul>
              </Notice>
            ) : null}
            <div className="form__actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                {form.ready ? t('advice.form.saveReady') : t('advice.form.saveDraft')}
              </button>
              <button type="button" className="button" disabled={busy} onClick={onCancel}>
                {t('advice.form.cancel')}
              </button>
            </div>
          </div>
        </div>
      )}
    </form>
  );
}
