import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdviceDossier, ShownText } from '../../../../shared/advice/advice-dossier';
import type { ApiError } from '../../../../shared/api/result';
import { directionOf, type UiLocale } from '../../../../shared/domain/locales';
import { notTranslatedNote } from '../../../../shared/paper/paper-outline';
import { useApi, useRead } from '../../api/api-context';
import { isDesktop } from '../../api/transport';
import { useCityScope } from '../../city/city-scope';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { TextLanguageSwitch } from '../profile/narrative/TextLanguageSwitch';
import { saveDownload } from '../profile/figures/save-download';
import { printReport, type PrintOutcome } from '../profile/report/print-report';
import { DomainSelect, PeerSelect } from './AdviceSelects';
import { useAdviceWords } from './use-advice-words';

/**
 * The advice dossier for a peer-to-peer meeting: the advice on a topic — a policy domain, a peer
 * city, or all — with its answers and what changed, in the chosen language; printed (or saved as a
 * PDF in the desktop app) or exported to Word through the same path as the priority paper.
 */
export function DossierPanel() {
  const { t } = useTranslation();
  const api = useApi();
  const scope = useCityScope();
  const words = useAdviceWords();
  const [locale, setLocale] = useState<UiLocale>(words.locale);
  const [domain, setDomain] = useState<string | null>(null);
  const [peer, setPeer] = useState<string | null>(null);
  const request = { locale, domain, peer };
  const [dossier] = useRead('advice.dossier', request, `advice-dossier:${JSON.stringify(request)}`);
  const [busy, setBusy] = useState<'print' | 'word' | null>(null);
  const [printed, setPrinted] = useState<PrintOutcome | null>(null);
  const [wordError, setWordError] = useState<ApiError | null>(null);
  const topic = domain ?? peer ?? 'all';

  const print = async () => {
    setBusy('print');
    setPrinted(await printReport(api, `focal-${scope.own.code}-advice-dossier-${topic}-${locale}.pdf`));
    setBusy(null);
  };
  const word = async () => {
    setBusy('word');
    const answer = await api.call('advice.dossierDocx', request);
    setBusy(null);
    if (!answer.ok) return setWordError(answer.error);
    setWordError(null);
    saveDownload(answer.value.name, answer.value.mediaType, answer.value.base64);
  };

  return (
    <div className="advice-dossier-panel">
      <div className="paper-controls advice-dossier-controls">
        <div className="paper-controls__row">
          <DomainSelect label={t('advice.dossier.domain')} empty={t('advice.dossier.allDomains')} value={domain} onChange={setDomain} />
          <PeerSelect label={t('advice.dossier.peer')} empty={t('advice.dossier.allPeers')} value={peer} onChange={setPeer} />
        </div>
        <div className="paper-controls__row">
          <TextLanguageSwitch value={locale} onChange={setLocale} label={t('advice.dossier.language')} />
          <button type="button" className="button button--primary" onClick={() => void print()} disabled={busy !== null || dossier.state !== 'ready'} data-testid="dossier-print">
            <Icon name="download" />
            {isDesktop() ? t('advice.dossier.savePdf') : t('advice.dossier.print')}
          </button>
          <button type="button" className="button" onClick={() => void word()} disabled={busy !== null} data-testid="dossier-word">
            <Icon name="download" />
            {busy === 'word' ? t('advice.dossier.exporting') : t('advice.dossier.word')}
          </button>
        </div>
        {printed?.kind === 'saved' ? (
          <Notice tone="success" title={t('advice.dossier.saved')}>
            <p dir="auto">{printed.file}</p>
          </Notice>
        ) : null}
        {printed?.kind === 'failed' ? <ErrorNotice error={printed.error} /> : null}
        {wordError ? <ErrorNotice error={wordError} /> : null}
      </div>
      {dossier.state === 'loading' ? <Loading /> : null}
      {dossier.state === 'failed' ? <ErrorNotice error={dossier.error} /> : null}
      {dossier.state === 'ready' ? <DossierDocument dossier={dossier.value} /> : null}
    </div>
  );
}

function Shown({ text, dossier }: { text: ShownText | null; dossier: AdviceDossier }) {
  if (!text) return null;
  return (
    <>
      {text.fallback ? <p className="advice-doc__fallback">{notTranslatedNote(dossier.locale, text.locale)}</p> : null}
      <p className="advice-text" lang={text.locale} dir={directionOf(text.locale)}>
        {text.text}
      </p>
    </>
  );
}

/** The dossier as one document in its language, laid out for the screen and, by the print rules, for paper. */
function DossierDocument({ dossier }: { dossier: AdviceDossier }) {
  return (
    <article className="paper-doc advice-doc" lang={dossier.locale} dir={dossier.direction} data-testid="advice-dossier">
      <header className="paper-doc__head">
        <h2 className="paper-doc__title">{dossier.title}</h2>
        <p className="paper-doc__meta">
          {dossier.city} · {dossier.date}
        </p>
        <p className="paper-doc__meta">
          {dossier.topic} · {dossier.count}
        </p>
      </header>
      {dossier.entries.length === 0 ? <p>{dossier.words.none}</p> : null}
      {dossier.entries.map((entry) => (
        <section key={entry.id} className="paper-doc__section advice-doc__entry">
          <h3 lang={entry.heading.locale} dir={directionOf(entry.heading.locale)}>
            {entry.heading.text}
          </h3>
          <p className="advice-doc__from">{entry.from}</p>
          <p className="advice-doc__meta">{entry.meta}</p>
          {entry.itemNote ? <p className="advice-doc__fallback">{entry.itemNote}</p> : null}
          <Shown text={entry.text} dossier={dossier} />
          {entry.quote ? (
            <figure className="advice-quote">
              <figcaption>{dossier.words.quote}</figcaption>
              <blockquote dir="auto">{entry.quote}</blockquote>
            </figure>
          ) : null}
          {entry.reference ? (
            <p>
              <strong>{dossier.words.reference}:</strong> <bdi>{entry.reference}</bdi>
            </p>
          ) : null}
          <h4>{dossier.words.thread}</h4>
          {entry.thread.length === 0 ? <p className="advice-doc__fallback">{dossier.words.noAnswer}</p> : null}
          {entry.thread.map((reply, i) => (
            <div key={i} className="advice-doc__reply">
              <p className="advice-doc__from">
                {reply.act} — {reply.who}, {reply.when}
              </p>
              <Shown text={reply.text} dossier={dossier} />
            </div>
          ))}
          {entry.learning ? (
            <>
              <h4>{dossier.words.learning}</h4>
              <Shown text={entry.learning.text} dossier={dossier} />
              {entry.learning.commitments.length > 0 ? (
                <>
                  <p className="advice-doc__from">{dossier.words.ledTo}</p>
                  <ul>
                    {entry.learning.commitments.map((title) => (
                      <li key={title}>
                        <bdi>{title}</bdi>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          ) : null}
        </section>
      ))}
    </article>
  );
}
