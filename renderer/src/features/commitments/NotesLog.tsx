import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDayFormat } from './use-day-format';
import { isoDay, withPendingNote, type NoteDraft } from './commitment-form-model';
import type { FormSectionProps } from './form-section';

/** A dated log of what happened, the newest note first. A note joins the form when added, and is stored with Save. */
export function NotesLog({ form, change, draft, onDraft }: FormSectionProps & { draft: NoteDraft; onDraft(next: NoteDraft): void }) {
  const { t } = useTranslation();
  const day = useDayFormat();
  const [empty, setEmpty] = useState(false);
  const { date, text } = draft;
  const add = () => {
    if (text.trim() === '') return setEmpty(true);
    setEmpty(false);
    change({ notes: withPendingNote(form, draft, crypto.randomUUID(), isoDay(new Date())).notes });
    onDraft({ ...draft, text: '' });
  };
  const newestFirst = [...form.notes].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section className="card commitment-section" aria-labelledby="commitment-notes">
      <h2 id="commitment-notes">{t('commitmentForm.notes.title')}</h2>
      <div className="commitment-note-form">
        <div className="field">
          <label className="field__label" htmlFor="commitment-note-date">
            {t('commitmentForm.notes.date')}
          </label>
          <input id="commitment-note-date" type="date" value={date} onChange={(e) => onDraft({ ...draft, date: e.target.value })} />
        </div>
        <div className={empty ? 'field field--invalid commitment-note-form__text' : 'field commitment-note-form__text'}>
          <label className="field__label" htmlFor="commitment-note-text">
            {t('commitmentForm.notes.text')}
          </label>
          <textarea
            id="commitment-note-text"
            dir="auto"
            rows={2}
            value={text}
            aria-invalid={empty || undefined}
            aria-describedby={empty ? 'commitment-note-error' : undefined}
            onChange={(e) => onDraft({ ...draft, text: e.target.value })}
          />
          {empty ? (
            <p className="field__error" id="commitment-note-error">
              {t('commitmentForm.notes.empty')}
            </p>
          ) : null}
        </div>
        <button type="button" className="button" onClick={add}>
          {t('commitmentForm.notes.add')}
        </button>
      </div>
      {newestFirst.length === 0 ? (
        <p className="muted">{t('commitmentForm.notes.none')}</p>
      ) : (
        <ol className="commitment-notes" data-testid="commitment-notes">
          {newestFirst.map((note) => (
            <li key={note.uid}>
              <time dateTime={note.date}>{day(note.date)}</time>
              <p dir="auto">{note.text}</p>
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('commitmentForm.notes.remove', { date: day(note.date) })}
                onClick={() => change({ notes: form.notes.filter((n) => n.uid !== note.uid) })}
              >
                {t('commitmentForm.removePart')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
