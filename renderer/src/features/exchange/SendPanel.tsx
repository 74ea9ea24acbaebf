import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { awaitBundleExport } from '../../../../shared/bundle/await-bundle-export';
import { shareableParts, type BundleExportProgress, type BundlePreview, type OutboxCopy, type ShareablePart } from '../../../../shared/bundle/bundle-export';
import type { ApiError } from '../../../../shared/api/result';
import { CityCode } from '../../../../shared/domain/city';
import { useApi } from '../../api/api-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { Notice } from '../../components/Notice';
import { useFormat } from '../../i18n/use-format';
import { saveDownload } from '../profile/figures/save-download';
import { FileCounts } from './FileCounts';
import { IndicatorChooser } from './IndicatorChooser';
import { OutboxLine } from './OutboxLine';

type Recipient = { kind: 'network' } | { kind: 'city'; code: string };

/** How often a running export is asked how far it is. */
const pause = () => new Promise<void>((done) => setTimeout(done, 150));

/**
 * Choosing what leaves the machine, seeing exactly what it is (counts per table, what privacy keeps
 * back), then making the signed file and saving it. Any change to the choices drops the preview, so
 * what is made is always what was last shown.
 */
export function SendPanel({ ownCode, peers, onSent }: { ownCode: string; peers: readonly { code: string; name: string }[]; onSent(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [recipient, setRecipient] = useState<Recipient>({ kind: 'network' });
  const [parts, setParts] = useState<ReadonlySet<ShareablePart>>(new Set(shareableParts));
  const [sinceLast, setSinceLast] = useState(false);
  /** null: the figures of every indicator. */
  const [indicators, setIndicators] = useState<ReadonlySet<string> | null>(null);
  const [preview, setPreview] = useState<BundlePreview | null>(null);
  const [busy, setBusy] = useState<'preview' | 'make' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [made, setMade] = useState<string | null>(null);
  const [progress, setProgress] = useState<BundleExportProgress | null>(null);
  const [outbox, setOutbox] = useState<OutboxCopy | null>(null);

  const code = recipient.kind === 'network' ? 'network' : recipient.code.trim();
  const codeProblem =
    recipient.kind === 'city' ? (code === ownCode ? t('exchange.send.ownCity') : CityCode.safeParse(code).success ? null : t('exchange.send.badCity')) : null;
  const partsProblem = parts.size === 0 ? t('exchange.send.chooseSomething') : null;
  const indicatorsProblem = parts.has('profile') && indicators !== null && indicators.size === 0 ? t('exchange.indicators.none') : null;
  const request = { to: code, sinceLast, parts: shareableParts.filter((p) => parts.has(p)), indicators: indicators === null ? null : [...indicators].sort() };
  const recipientName = recipient.kind === 'network' ? t('exchange.send.network') : (peers.find((p) => p.code === code)?.name ?? code);

  const changed = () => {
    setPreview(null);
    setMade(null);
    setOutbox(null);
    setError(null);
  };

  const runPreview = async () => {
    setBusy('preview');
    const answer = await api.call('bundles.preview', request);
    setBusy(null);
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setPreview(answer.value);
  };

  const make = async () => {
    setBusy('make');
    setProgress(null);
    try {
      // On the bundle thread: a large bundle takes a while, and its progress shows here.
      const answer = await awaitBundleExport(api, request, pause, setProgress);
      if (!answer.ok) return setError(answer.error);
      const file = await api.call('bundles.take', { bundleId: answer.value.bundleId });
      if (!file.ok) return setError(file.error);
      saveDownload(file.value.name, file.value.mediaType, file.value.base64);
      setError(null);
      setPreview(null);
      const words = { sequence: format.integer(answer.value.sequence), name: answer.value.name, recipient: recipientName };
      setMade(recipient.kind === 'network' ? t('exchange.send.madeNetwork', words) : t('exchange.send.made', words));
      setOutbox(answer.value.outbox);
      onSent();
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const total = preview ? Object.values(preview.counts.files).reduce((sum, n) => sum + n, 0) : 0;

  return (
    <section className="card exchange-send" aria-labelledby="exchange-send-title">
      <h2 id="exchange-send-title">{t('exchange.send.title')}</h2>
      <p className="muted">{t('exchange.send.help')}</p>
      <form
        className="form exchange-send__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!codeProblem && !partsProblem && !indicatorsProblem) void runPreview();
        }}
      >
        <fieldset className="exchange-send__to">
          <legend className="field__label">{t('exchange.send.to')}</legend>
          <label className="exchange-choice">
            <input
              type="radio"
              name="recipient"
              checked={recipient.kind === 'network'}
              onChange={() => {
                setRecipient({ kind: 'network' });
                changed();
              }}
            />
            {t('exchange.send.network')}
          </label>
          <label className="exchange-choice">
            <input
              type="radio"
              name="recipient"
              checked={recipient.kind === 'city'}
              onChange={() => {
                setRecipient({ kind: 'city', code: peers[0]?.code ?? '' });
                changed();
              }}
            />
            {t('exchange.send.city')}
          </label>
          {recipient.kind === 'city' ? (
            <Field label={t('exchange.send.cityCode')} hint={t('exchange.send.cityCodeHint')} error={codeProblem ?? undefined}>
              {({ id, describedBy, invalid }) => (
                <>
                  <input
                    id={id}
                    className="input--code"
                    dir="ltr"
                    list="exchange-peer-codes"
                    aria-describedby={describedBy}
                    aria-invalid={invalid || undefined}
                    value={recipient.code}
                    onChange={(event) => {
                      setRecipient({ kind: 'city', code: event.target.value });
                      changed();
                    }}
                  />
                  <datalist id="exchange-peer-codes">
                    {peers.map((peer) => (
                      <option key={peer.code} value={peer.code}>
                        {peer.name}
                      </option>
                    ))}
                  </datalist>
                </>
              )}
            </Field>
          ) : null}
        </fieldset>
        <fieldset className="exchange-send__parts">
          <legend className="field__label">{t('exchange.send.what')}</legend>
          {shareableParts.map((part) => (
            <label key={part} className="exchange-choice">
              <input
                type="checkbox"
                checked={parts.has(part)}
                onChange={(event) => {
                  const next = new Set(parts);
                  if (event.target.checked) next.add(part);
                  else next.delete(part);
                  setParts(next);
                  changed();
                }}
              />
              {t(`exchange.parts.${part}`)}
            </label>
          ))}
          {partsProblem ? <p className="field__error">{partsProblem}</p> : null}
        </fieldset>
        {parts.has('profile') ? (
          <IndicatorChooser
            value={indicators}
            onChange={(next) => {
              setIndicators(next);
              changed();
            }}
          />
        ) : null}
        {indicatorsProblem ? <p className="field__error">{indicatorsProblem}</p> : null}
        <label className="exchange-choice">
          <input
            type="checkbox"
            checked={sinceLast}
            aria-describedby="exchange-since-hint"
            onChange={(event) => {
              setSinceLast(event.target.checked);
              changed();
            }}
          />
          {t('exchange.send.sinceLast')}
        </label>
        <p className="field__hint" id="exchange-since-hint">
          {t('exchange.send.sinceLastHint')}
        </p>
        <div className="exchange-actions">
          <button type="submit" className="button" disabled={busy !== null || codeProblem !== null || partsProblem !== null || indicatorsProblem !== null}>
            <Icon name="search" />
            {busy === 'preview' ? t('exchange.send.previewing') : t('exchange.send.preview')}
          </button>
        </div>
      </form>
      {error ? <ErrorNotice error={error} /> : null}
      {made ? <Notice tone="success" title={made} /> : null}
      {outbox ? <OutboxLine outbox={outbox} /> : null}
      {preview ? (
        <div className="exchange-preview" data-testid="send-preview">
          <h3>{t('exchange.send.previewTitle')}</h3>
          <p className="muted">{preview.since === null ? t('exchange.send.previewFull') : t('exchange.send.previewSince', { sequence: format.integer(preview.since) })}</p>
          {total === 0 && preview.since !== null ? <Notice tone="info" title={t('exchange.send.nothing')} /> : <FileCounts files={preview.counts.files} caption={t('exchange.send.previewTitle')} />}
          <ul className="exchange-privacy">
            <li>{t('exchange.send.suppressed', { formatted: format.integer(preview.counts.suppressed) })}</li>
            <li>{t('exchange.send.withheld', { formatted: format.integer(preview.counts.withheld) })}</li>
          </ul>
          <div className="exchange-actions">
            <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void make()}>
              <Icon name="download" />
              {busy === 'make' ? t('exchange.send.making') : t('exchange.send.make')}
            </button>
          </div>
          {busy === 'make' && progress !== null && progress.total > 0 ? (
            <div className="exchange-progress" data-testid="send-progress">
              <progress max={progress.total} value={progress.figures} aria-label={t('exchange.send.making')} />
              <span className="muted">{t('exchange.send.progress', { figures: format.integer(progress.figures), total: format.integer(progress.total) })}</span>
            </div>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
