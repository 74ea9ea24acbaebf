import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { FollowUp } from '../../../../shared/domain/activity';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';

/**
 * The follow-ups of an activity: each a line of text; a saved one can become a commitment in one
 * step (the core creates it and links it), and then links to it.
 */
export function FollowUpsEditor({
  followUps,
  saved,
  readOnly,
  onChange,
  onCommit,
}: {
  followUps: FollowUp[];
  /** The follow-ups as the store holds them: only those can become commitments. */
  saved: readonly FollowUp[];
  readOnly: boolean;
  onChange(next: FollowUp[]): void;
  onCommit(followUp: FollowUp): Promise<ApiError | null>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const isSaved = (followUp: FollowUp) => saved.some((s) => s.uid === followUp.uid && s.text === followUp.text);

  const commit = async (followUp: FollowUp) => {
    setBusy(followUp.uid);
    setError(await onCommit(followUp));
    setBusy(null);
  };

  return (
    <fieldset className="form__group follow-ups">
      <legend className="field__label">{t('activities.followUps.title')}</legend>
      <p className="field__hint">{t('activities.followUps.hint')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      <ol className="follow-ups__list">
        {followUps.map((followUp, i) => (
          <li key={followUp.uid} className="follow-ups__item">
            <textarea
              rows={2}
              dir="auto"
              aria-label={t('activities.followUps.text', { n: i + 1 })}
              value={followUp.text}
              readOnly={readOnly || followUp.commitment !== null}
              onChange={(e) => onChange(followUps.map((f) => (f.uid === followUp.uid ? { ...f, text: e.target.value } : f)))}
            />
            <div className="follow-ups__actions">
              {followUp.commitment !== null ? (
                <a className="button button--quiet" href={`#/commitments/${followUp.commitment}`}>
                  <Icon name="check" />
                  {t('activities.followUps.open')}
                </a>
              ) : readOnly ? null : (
                <>
                  <button type="button" className="button" disabled={!isSaved(followUp) || busy !== null} onClick={() => void commit(followUp)}>
                    {t('activities.followUps.commit')}
                  </button>
                  <button type="button" className="button button--quiet" onClick={() => onChange(followUps.filter((f) => f.uid !== followUp.uid))}>
                    {t('activities.followUps.remove', { n: i + 1 })}
                  </button>
                </>
              )}
            </div>
            {!readOnly && followUp.commitment === null && !isSaved(followUp) ? <p className="field__hint">{t('activities.followUps.saveFirst')}</p> : null}
          </li>
        ))}
      </ol>
      {readOnly ? null : (
        <button type="button" className="button" onClick={() => onChange([...followUps, { uid: crypto.randomUUID(), text: '', commitment: null }])}>
          <Icon name="plus" />
          {t('activities.followUps.add')}
        </button>
      )}
    </fieldset>
  );
}
