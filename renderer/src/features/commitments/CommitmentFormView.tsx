import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import { commitmentTitle } from '../../../../shared/domain/commitment';
import type { CommitmentDetail } from '../../../../shared/domain/commitment-view';
import { useApi } from '../../api/api-context';
import { AdviceOnItem } from '../advice/AdviceOnItem';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { useCityScope } from '../../city/city-scope';
import { ConfirmDialog, type ConfirmChoice } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { asUiLocale } from '../../i18n/i18n';
import { useUnsavedWork } from '../../unsaved/unsaved-changes';
import { blankForm, formChanged, formOf, inputOf, isoDay, withPendingNote, type CommitmentForm, type NoteDraft } from './commitment-form-model';
import { issuesOf, type FormIssue } from './commitment-issues';
import { ClassificationFields } from './ClassificationFields';
import { ProgressBadge, StatusBadge } from './CommitmentBadges';
import { NotesLog } from './NotesLog';
import { PlanFields } from './PlanFields';
import { TargetsSection } from './TargetsSection';
import { TasksEditor } from './TasksEditor';
import { TextsFields } from './TextsFields';
import { useIssueWords } from './use-issue-words';

interface FormViewProps {
  stored: CommitmentDetail | null;
  justCreated: boolean;
  catalogue: CatalogueView;
  onCreated(uid: string): void;
  onRemoved(title: string): void;
}

/** The commitment form: every field, one Save, the guard against losing typed text, and removal. */
export function CommitmentFormView({ stored: initial, justCreated, catalogue, onCreated, onRemoved }: FormViewProps) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const api = useApi();
  const scope = useCityScope();
  const [stored, setStored] = useState(initial);
  const [opened, setOpened] = useState<CommitmentForm>(() => (initial ? formOf(initial) : blankForm(locale)));
  const [form, setForm] = useState<CommitmentForm>(opened);
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(justCreated);
  const [asking, setAsking] = useState(false);
  // Where to go once the form holds nothing unsaved: the guard must not ask about text already saved or removed.
  const [leaving, setLeaving] = useState<{ created: string } | { removed: string } | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const words = useIssueWords(issues);
  // A note typed but not added yet is unsaved text too: the guard asks about it, and Save keeps it.
  const [noteDraft, setNoteDraft] = useState<NoteDraft>(() => ({ date: isoDay(new Date()), text: '' }));
  const dirty = formChanged(form, opened) || noteDraft.text.trim() !== '';

  useEffect(() => {
    document.querySelector<HTMLElement>('[data-page-title]')?.focus();
  }, []);

  useEffect(() => {
    if (!leaving || dirty) return;
    if ('created' in leaving) onCreated(leaving.created);
    else onRemoved(leaving.removed);
  }, [leaving, dirty, onCreated, onRemoved]);

  const change = (patch: Partial<CommitmentForm>) => {
    setSaved(false);
    setForm((current) => ({ ...current, ...patch }));
  };

  const save = async (): Promise<boolean> => {
    const complete = withPendingNote(form, noteDraft, crypto.randomUUID(), isoDay(new Date()));
    const { input, issues: found } = inputOf(complete, stored?.uid ?? null, stored?.revision ?? null);
    setSaved(false);
    if (found.length > 0) {
      setIssues(found);
      setError(null);
      summary.current?.focus();
      return false;
    }
    setBusy(true);
    const answer = await api.call('commitments.save', input);
    setBusy(false);
    if (!answer.ok) {
      setIssues(issuesOf(answer.error));
      setError(answer.error.issues?.length ? null : answer.error);
      summary.current?.focus();
      return false;
    }
    const next = formOf(answer.value);
    setStored(answer.value);
    setOpened(next);
    setForm(next);
    setNoteDraft((draft) => ({ ...draft, text: '' }));
    setIssues([]);
    setError(null);
    setSaved(true);
    if (!stored) setLeaving({ created: answer.value.uid });
    return true;
  };

  useUnsavedWork(dirty, {
    save,
    discard: () => {
      setForm(opened);
      setNoteDraft((draft) => ({ ...draft, text: '' }));
    },
  });

  const remove = async () => {
    if (!stored) return;
    setBusy(true);
    const answer = await api.call('commitments.delete', { uid: stored.uid });
    setBusy(false);
    setAsking(false);
    if (!answer.ok) return setError(answer.error);
    setForm(opened);
    setNoteDraft((draft) => ({ ...draft, text: '' }));
    setLeaving({ removed: commitmentTitle(stored, locale) });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const keep: ConfirmChoice = { label: t('commitmentForm.keep'), tone: 'plain', onChoose: () => setAsking(false) };
  const section = { form, change, errorAt: words.at, catalogue, stored };
  const title = stored ? commitmentTitle(stored, locale) : t('commitmentForm.newTitle');
  return (
    <>
      <PageHeader
        title={title}
        intro={
          stored ? (
            <span className="commitment-state">
              <StatusBadge status={stored.status} />
              <ProgressBadge progress={stored.progress ?? 'none'} />
              {stored.overdue ? <span className="badge badge--overdue">{t('commitments.overdue')}</span> : null}
            </span>
          ) : (
            t('commitmentForm.newIntro')
          )
        }
        actions={<a href="#/commitments">{t('commitmentForm.backToList')}</a>}
      />
      <div ref={summary} tabIndex={-1} className="commitment-summary">
        {issues.length > 0 ? (
          <Notice tone="error" title={t('commitmentForm.problemsTitle', { count: issues.length })}>
            <ul data-testid="commitment-problems">
              {issues.map((issue, i) => (
                <li key={`${issue.path}-${i}`}>{words.word(issue)}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
        {error ? <ErrorNotice error={error} /> : null}
        {saved ? <Notice tone="success" title={t('commitmentForm.saved')} /> : null}
      </div>
      {stored ? <AdviceOnItem kind="commitment" id={stored.uid} /> : null}
      <form className="commitment-form" onSubmit={submit} noValidate aria-label={title}>
        <fieldset className="commitment-form__body" disabled={scope.readOnly || busy}>
          <TextsFields {...section} />
          <ClassificationFields {...section} />
          <PlanFields {...section} />
          <TasksEditor {...section} />
          <TargetsSection {...section} />
          <NotesLog {...section} draft={noteDraft} onDraft={setNoteDraft} />
        </fieldset>
        {scope.readOnly ? null : (
          <div className="form__actions commitment-form__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('commitmentForm.save')}
            </button>
            {dirty ? <span className="muted">{t('commitmentForm.unsaved')}</span> : null}
            {stored ? (
              <button type="button" className="button button--danger commitment-form__remove" disabled={busy} onClick={() => setAsking(true)}>
                {t('commitmentForm.remove')}
              </button>
            ) : null}
          </div>
        )}
      </form>
      {asking && stored ? (
        <ConfirmDialog
          title={t('commitmentForm.removeTitle', { title })}
          message={t('commitmentForm.removeMessage')}
          choices={[{ label: t('commitmentForm.removeConfirm'), tone: 'primary', onChoose: () => void remove() }, keep]}
          safe={keep}
          busy={busy}
        />
      ) : null}
    </>
  );
}
