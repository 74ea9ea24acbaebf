import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import { adviceText, type Advice, type AdviceActKind } from '../../../../shared/domain/advice';
import { allowedAdviceActs } from '../../../../shared/domain/advice-status';
import type { UiLocale } from '../../../../shared/domain/locales';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useFormat } from '../../i18n/use-format';
import { useUnsavedWork } from '../../unsaved/unsaved-changes';
import { LanguageSelect } from './AdviceSelects';
import { useAdviceWords } from './use-advice-words';

/** The thread of an advice: every act from both sides in the order made, with city, author and date. */
export function AdviceThread({ advice }: { advice: Advice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useAdviceWords();
  if (advice.replies.length === 0) return <p className="muted">{t('advice.thread.empty')}</p>;
  return (
    <ol className="advice-thread" data-testid="advice-thread">
      {advice.replies.map((reply) => {
        const body = adviceText(reply.texts, reply.original, words.locale);
        return (
          <li key={reply.uid} className={`advice-thread__item advice-thread__item--${reply.act}`}>
            <p className="advice-thread__meta">
              <span className="advice-thread__act">{t(`advice.acts.${reply.act}`)}</span>
              <span>
                <bdi>{words.cityName(reply.city)}</bdi>
                {reply.author ? (
                  <>
                    {' · '}
                    <bdi>{reply.author}</bdi>
                  </>
                ) : null}
              </span>
              <time dateTime={new Date(reply.madeAt).toISOString()}>{format.dateTime(new Date(reply.madeAt).toISOString())}</time>
              {reply.sent === false ? <span className="badge">{t('advice.thread.notSent')}</span> : null}
            </p>
            {body ? (
              <p className="advice-text" dir="auto" lang={reply.texts[words.locale] ? words.locale : reply.original}>
                {body}
              </p>
            ) : null}
            {reply.skipped ? <p className="muted">{t('advice.thread.skipped')}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * What the own city may do on the thread now, from the status machine: reply, and for the owner
 * accept or decline, and for either side close an answered advice. What is written goes with the
 * next bundle to the other city.
 */
export function ReplyForm({ advice, onDone }: { advice: Advice; onDone(advice: Advice): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const words = useAdviceWords();
  const side = advice.city === words.ownCode ? 'adviser' : 'owner';
  const acts = allowedAdviceActs(advice.status, side).filter((act): act is AdviceActKind => act !== 'send');
  const [original, setOriginal] = useState<UiLocale>(words.locale);
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const other = words.cityName(side === 'adviser' ? advice.toCity : advice.city);

  const act = async (kind: AdviceActKind): Promise<boolean> => {
    if (kind === 'reply' && text.trim() === '') {
      setError({ code: 'invalid_input', message: '', issues: [{ path: 'texts', message: '', problem: { code: 'reply_empty', params: {} } }] });
      return false;
    }
    setBusy(true);
    const answer = await api.call('advice.reply', { adviceCity: advice.city, adviceUid: advice.uid, act: kind, original, texts: { en: '', fr: '', ar: '', [original]: text } });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return false;
    }
    setError(null);
    setText('');
    onDone(answer.value);
    return true;
  };
  useUnsavedWork(text.trim() !== '', { save: () => act('reply'), discard: () => setText('') });

  if (acts.length === 0) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void act('reply');
  };
  const emptyReply = error?.issues?.some((issue) => issue.problem?.code === 'reply_empty' || issue.path === 'texts');
  return (
    <form className="advice-reply" onSubmit={submit} aria-labelledby={`reply-${advice.uid}`}>
      <h3 id={`reply-${advice.uid}`}>{t('advice.reply.title')}</h3>
      {error && !emptyReply ? <ErrorNotice error={error} /> : null}
      <div className="advice-form__row">
        <LanguageSelect label={t('advice.reply.language')} value={original} onChange={setOriginal} />
      </div>
      <Field label={t('advice.reply.text')} hint={t('advice.reply.hint', { city: other })} error={emptyReply ? t('advice.problems.reply_empty') : undefined}>
        {({ id, describedBy, invalid }) => (
          <textarea id={id} rows={4} dir={original === 'ar' ? 'rtl' : 'ltr'} lang={original} aria-describedby={describedBy} aria-invalid={invalid} value={text} onChange={(e) => setText(e.target.value)} />
        )}
      </Field>
      <div className="form__actions">
        {acts.includes('reply') ? (
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('advice.reply.send')}
          </button>
        ) : null}
        {acts
          .filter((kind) => kind !== 'reply')
          .map((kind) => (
            <button key={kind} type="button" className="button" disabled={busy} onClick={() => void act(kind)}>
              {t(`advice.reply.${kind}`)}
            </button>
          ))}
      </div>
    </form>
  );
}
