import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import { adviceText, type AdviceRequest } from '../../../../shared/domain/advice';
import type { UiLocale } from '../../../../shared/domain/locales';
import { useApi, useRead } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { useUnsavedChanges, useUnsavedWork } from '../../unsaved/unsaved-changes';
import { adviceHref, type AdviceRoute } from './advice-route';
import { useAdviceProblem } from './use-advice-problem';
import { ItemName, LanguageSelect, PeerSelect } from './AdviceSelects';
import { useAdviceWords } from './use-advice-words';

/** Requests for advice: the own city's (and the form to ask), and the peers' addressed to it or to everyone. */
export function RequestsPanel({ ask, onAsked }: { ask: AdviceRoute['item']; onAsked(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const words = useAdviceWords();
  const { navigate } = useUnsavedChanges();
  const [requests, reload] = useRead('advice.requests', {}, 'advice-requests');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);

  const withdraw = async (request: AdviceRequest) => {
    const answer = await api.call('advice.deleteRequest', { uid: request.uid });
    if (!answer.ok) return setError(answer.error);
    setError(null);
    reload();
  };

  if (requests.state === 'loading') return <Loading />;
  if (requests.state === 'failed') return <ErrorNotice error={requests.error} />;
  const { asked, received } = requests.value;
  return (
    <div className="advice-requests">
      {error ? <ErrorNotice error={error} /> : null}
      {done ? <Notice tone="success" title={t('advice.requests.saved')} /> : null}
      {ask ? (
        <AskForm
          item={ask}
          onSaved={() => {
            setDone(true);
            reload();
            onAsked();
          }}
          onCancel={onAsked}
        />
      ) : null}
      <section className="card" aria-labelledby="requests-received">
        <h2 id="requests-received">{t('advice.requests.receivedTitle')}</h2>
        {received.length === 0 ? <p className="muted">{t('advice.requests.noneReceived')}</p> : null}
        <ul className="advice-requests__list" data-testid="requests-received">
          {received.map((request) => (
            <li key={`${request.city}:${request.uid}`} className="advice-requests__item">
              <p className="advice-requests__meta">
                <bdi>{words.cityName(request.city)}</bdi>
                {request.author ? <> · <bdi>{request.author}</bdi></> : null} · {request.toCity === null ? t('advice.requests.toNetwork') : t('advice.requests.toYou')}
              </p>
              <p>
                <ItemName item={request.item} title={request.itemNow} />
              </p>
              <p className="advice-text" dir="auto">
                {adviceText(request.texts, request.original, words.locale)}
              </p>
              {request.answers.some((a) => a.city === words.ownCode) ? <p className="muted">{t('advice.requests.answered')}</p> : null}
              {request.itemNow.version === null ? (
                <p className="muted">{t('advice.requests.itemMissing', { city: words.cityName(request.city) })}</p>
              ) : (
                <button type="button" className="button" onClick={() => navigate(adviceHref({ tab: 'write', item: { city: request.city, ...request.item }, request: request.uid }))}>
                  {t('advice.requests.give')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="requests-asked">
        <h2 id="requests-asked">{t('advice.requests.askedTitle')}</h2>
        <p className="muted">{t('advice.requests.howToAsk')}</p>
        {asked.length === 0 ? <p className="muted">{t('advice.requests.noneAsked')}</p> : null}
        <ul className="advice-requests__list" data-testid="requests-asked">
          {asked.map((request) => (
            <li key={request.uid} className="advice-requests__item">
              <p className="advice-requests__meta">
                {request.toCity === null ? t('advice.requests.askedNetwork') : t('advice.requests.askedCity', { city: words.cityName(request.toCity) })} ·{' '}
                {request.sentAt === null ? t('advice.requests.notSent') : t('advice.requests.sent')} · {t('advice.requests.answers', { count: request.answers.length })}
              </p>
              <p>
                <ItemName item={request.item} title={request.itemNow} />
              </p>
              <p className="advice-text" dir="auto">
                {adviceText(request.texts, request.original, words.locale)}
              </p>
              <button type="button" className="button button--quiet" onClick={() => void withdraw(request)}>
                {t('advice.requests.withdraw')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** Asks one city or the whole network for advice on one of the own city's items. */
function AskForm({ item, onSaved, onCancel }: { item: NonNullable<AdviceRoute['item']>; onSaved(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const words = useAdviceWords();
  const [current] = useRead('advice.item', { city: words.ownCode, item: { kind: item.kind, id: item.id } }, `advice-own-item:${item.kind}:${item.id}`);
  const [toCity, setToCity] = useState<string | null>(null);
  const [original, setOriginal] = useState<UiLocale>(words.locale);
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const problem = useAdviceProblem(error);
  // Told once the text is cleared: leaving before that would ask about unsaved text.
  const [saved, setSaved] = useState(false);
  const whenSaved = useRef(onSaved);
  whenSaved.current = onSaved;
  useEffect(() => {
    if (saved) whenSaved.current();
  }, [saved]);

  const save = async (): Promise<boolean> => {
    setBusy(true);
    const answer = await api.call('advice.saveRequest', { toCity, item: { kind: item.kind, id: item.id }, original, texts: { en: '', fr: '', ar: '', [original]: text } });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return false;
    }
    setText('');
    setSaved(true);
    return true;
  };
  useUnsavedWork(text.trim() !== '', { save, discard: onCancel });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  return (
    <form className="card advice-ask" onSubmit={submit} aria-labelledby="advice-ask-title" noValidate>
      <h2 id="advice-ask-title">{t('advice.requests.askTitle')}</h2>
      {current.state === 'ready' && current.value ? (
        <p>
          <ItemName item={item} title={current.value} />
        </p>
      ) : null}
      {error && !error.issues?.length ? <ErrorNotice error={error} /> : null}
      {problem('item') ? <Notice tone="error" title={problem('item')} /> : null}
      <div className="advice-form__row">
        <PeerSelect label={t('advice.requests.to')} empty={t('advice.requests.network')} value={toCity} onChange={setToCity} />
        <LanguageSelect label={t('advice.reply.language')} value={original} onChange={setOriginal} />
      </div>
      <Field label={t('advice.requests.question')} hint={t('advice.requests.questionHint')} error={problem('texts')}>
        {({ id, describedBy, invalid }) => <textarea id={id} rows={4} dir={original === 'ar' ? 'rtl' : 'ltr'} lang={original} aria-describedby={describedBy} aria-invalid={invalid} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('advice.requests.ask')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t('advice.form.cancel')}
        </button>
      </div>
    </form>
  );
}
