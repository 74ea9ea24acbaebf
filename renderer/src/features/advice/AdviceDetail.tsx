import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import { adviceText, type Advice } from '../../../../shared/domain/advice';
import { useApi } from '../../api/api-context';
import { ConfirmDialog, type ConfirmChoice } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/use-format';
import { AdviceThread, ReplyForm } from './AdviceThread';
import { ItemChanges, ItemText } from './ItemChanges';
import { LearningRecord } from './LearningRecord';
import { StatusBadge } from './StatusBadge';
import { ItemName } from './AdviceSelects';
import { useAdviceWords } from './use-advice-words';

/**
 * One piece of advice in full: the item it is about (and a banner when the item changed since the
 * version it was written on, with what changed), the advice, its thread, what the own city may do
 * now, and the learning record.
 */
export function AdviceDetail({ advice, onChanged, onEdit, onRemoved }: { advice: Advice; onChanged(advice: Advice): void; onEdit(advice: Advice): void; onRemoved(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const words = useAdviceWords();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState(false);
  const given = advice.city === words.ownCode;
  const owner = words.cityName(advice.toCity);
  const body = adviceText(advice.texts, advice.original, words.locale);
  const translated = advice.texts[words.locale] !== '' && words.locale !== advice.original;
  const untranslated = advice.texts[words.locale] === '' && words.locale !== advice.original;

  const setReady = async (ready: boolean) => {
    setBusy(true);
    const { uid, toCity, item, request, kind, original, texts, quote, reference, revision } = advice;
    const answer = await api.call('advice.save', { uid, toCity, item: { kind: item.kind, id: item.id }, seenVersion: advice.itemNow.version ?? item.version, request, kind, original, texts, quote, reference, ready, baseRevision: revision });
    setBusy(false);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    onChanged(answer.value);
  };
  const remove = async () => {
    setBusy(true);
    const answer = await api.call('advice.delete', { uid: advice.uid });
    setBusy(false);
    setRemoving(false);
    if (!answer.ok) return setError(answer.error);
    onRemoved();
  };
  const keep: ConfirmChoice = { label: t('advice.detail.removeKeep'), tone: 'primary', onChoose: () => setRemoving(false) };

  return (
    <article className="card advice-detail" aria-labelledby={`advice-${advice.uid}`} data-testid="advice-detail">
      <header className="advice-detail__head">
        <p className="advice-detail__kind">
          <span className="badge">{t(`advice.kinds.${advice.kind}`)}</span> <StatusBadge status={advice.status} ready={advice.ready} />
        </p>
        <h2 id={`advice-${advice.uid}`}>
          <ItemName item={advice.item} title={advice.itemNow} />
        </h2>
        <p className="muted">
          {t(given ? 'advice.detail.givenTo' : 'advice.detail.receivedFrom', { city: given ? owner : words.cityName(advice.city) })}
          {advice.author ? <> · <bdi>{advice.author}</bdi></> : null}
          {' · '}
          <time dateTime={new Date(advice.updatedAt).toISOString()}>{format.date(new Date(advice.updatedAt).toISOString())}</time>
        </p>
      </header>
      {error ? <ErrorNotice error={error} /> : null}

      {advice.itemNow.version === null ? (
        <Notice tone="warning" title={t('advice.detail.itemGone', { city: owner })} />
      ) : advice.itemNow.changed ? (
        <div data-testid="item-changed-banner">
          <Notice tone="warning" title={t(given ? 'advice.detail.changedTheirs' : 'advice.detail.changedOwn', { city: owner })}>
            <details>
              <summary>{t('advice.detail.showChanges')}</summary>
              <ItemChanges then={advice.itemText} now={advice.itemNow.text ?? ''} />
            </details>
          </Notice>
        </div>
      ) : null}

      <section aria-label={t('advice.detail.advice')}>
        {body ? (
          <p className="advice-text advice-text--main" dir="auto" lang={advice.texts[words.locale] ? words.locale : advice.original}>
            {body}
          </p>
        ) : null}
        {untranslated ? <p className="muted">{t('advice.detail.writtenIn', { language: t(`advice.languages.${advice.original}`) })}</p> : null}
        {translated ? <p className="muted">{t('advice.detail.translatedFrom', { language: t(`advice.languages.${advice.original}`) })}</p> : null}
        {advice.quote ? (
          <figure className="advice-quote">
            <figcaption className="muted">{t('advice.detail.quote')}</figcaption>
            <blockquote dir="auto">{advice.quote}</blockquote>
          </figure>
        ) : null}
        {advice.reference ? (
          <p>
            <span className="muted">{t('advice.detail.reference')}</span> <bdi>{advice.reference}</bdi>
          </p>
        ) : null}
        <details className="advice-detail__read">
          <summary>{t('advice.detail.asRead')}</summary>
          <ItemText text={advice.itemText} label={t('advice.detail.asRead')} />
        </details>
      </section>

      {given && advice.status === 'draft' ? (
        <div className="form__actions">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => onEdit(advice)}>
            {t('advice.detail.edit')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void setReady(!advice.ready)}>
            {advice.ready ? t('advice.detail.notReady') : t('advice.detail.markReady', { city: owner })}
          </button>
          <button type="button" className="button button--quiet" disabled={busy} onClick={() => setRemoving(true)}>
            {t('advice.detail.remove')}
          </button>
        </div>
      ) : null}
      {given && advice.status === 'draft' ? <p className="muted">{advice.ready ? t('advice.detail.readyNote', { city: owner }) : t('advice.detail.draftNote')}</p> : null}

      {advice.status !== 'draft' ? (
        <section aria-labelledby={`thread-${advice.uid}`}>
          <h3 id={`thread-${advice.uid}`}>{t('advice.thread.title')}</h3>
          <AdviceThread advice={advice} />
          <ReplyForm key={`${advice.uid}:${advice.replies.length}`} advice={advice} onDone={onChanged} />
        </section>
      ) : null}
      {advice.status !== 'draft' ? <LearningRecord key={`${advice.uid}:${advice.outcome?.updatedAt ?? 0}`} advice={advice} onDone={onChanged} /> : null}

      {removing ? (
        <ConfirmDialog
          title={t('advice.detail.removeTitle')}
          message={t('advice.detail.removeMessage')}
          choices={[keep, { label: t('advice.detail.removeConfirm'), tone: 'plain', onChoose: () => void remove() }]}
          safe={keep}
          busy={busy}
        />
      ) : null}
    </article>
  );
}
