import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../shared/api/result';
import type { MethodOutput } from '../../../../../shared/api/contract';
import { directionOf, uiLocales } from '../../../../../shared/domain/locales';
import { sourceKinds } from '../../../../../shared/domain/observation';
import { useApi, useRead } from '../../../api/api-context';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { useFormat } from '../../../i18n/use-format';
import '../figures/figures.css';
import { scopedKey, useCityScope } from '../../../city/city-scope';

type SourceInfo = MethodOutput<'sources.list'>[number];

/** One source's details, edited in place; a citation is shared by every figure that cites it. */
function SourceRow({ source, onSaved }: { source: SourceInfo; onSaved(): void }) {
  const { t } = useTranslation();
  // A peer city's sources are shown as they came; only the own city's can be completed.
  const { readOnly } = useCityScope();
  const api = useApi();
  const format = useFormat();
  const [draft, setDraft] = useState({ citation: source.citation, publisher: source.publisher, year: source.year === null ? '' : String(source.year), kind: source.kind, titles: source.titles });
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const changed =
    draft.citation !== source.citation ||
    draft.publisher !== source.publisher ||
    draft.year !== (source.year === null ? '' : String(source.year)) ||
    draft.kind !== source.kind ||
    uiLocales.some((locale) => draft.titles[locale] !== source.titles[locale]);
  const year = draft.year.trim() === '' ? null : Number(draft.year);
  const yearInvalid = year !== null && (!Number.isInteger(year) || year < 1900 || year > 2100);

  const save = async () => {
    if (yearInvalid) return;
    const answer = await api.call('sources.update', { id: source.id, citation: draft.citation, publisher: draft.publisher, year, kind: draft.kind, titles: draft.titles });
    if (!answer.ok) return setError(answer.error);
    setError(null);
    setSaved(true);
    onSaved();
  };

  return (
    <tr>
      <td className="sources__citation">
        <input readOnly={readOnly} aria-label={t('sources.citation')} dir="auto" value={draft.citation} onChange={(e) => setDraft({ ...draft, citation: e.target.value })} />
        {error ? <ErrorNotice error={error} /> : null}
      </td>
      <td>
        <input readOnly={readOnly} aria-label={t('sources.publisher')} dir="auto" value={draft.publisher} onChange={(e) => setDraft({ ...draft, publisher: e.target.value })} />
      </td>
      <td>
        <input readOnly={readOnly} aria-label={t('sources.year')} inputMode="numeric" aria-invalid={yearInvalid || undefined} value={draft.year} onChange={(e) => setDraft({ ...draft, year: e.target.value })} />
        {yearInvalid ? <p className="field__error">{t('sources.yearInvalid')}</p> : null}
      </td>
      <td>
        <select disabled={readOnly} aria-label={t('sources.kind')} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: sourceKinds.find((k) => k === e.target.value) ?? draft.kind })}>
          {sourceKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`import.sourceKinds.${kind}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <div className="sources__titles">
          {uiLocales.map((locale) => (
            <input
              key={locale}
              readOnly={readOnly}
              aria-label={t(`sources.titleIn.${locale}`)}
              placeholder={t(`sources.titleIn.${locale}`)}
              lang={locale}
              dir={directionOf(locale)}
              value={draft.titles[locale]}
              onChange={(e) => setDraft({ ...draft, titles: { ...draft.titles, [locale]: e.target.value } })}
            />
          ))}
        </div>
      </td>
      <td className="sources__count">{format.integer(source.observations)}</td>
      <td>
        <button type="button" className="button" hidden={readOnly} disabled={!changed || yearInvalid} onClick={() => void save()}>
          {saved && !changed ? t('sources.saved') : t('sources.save')}
        </button>
      </td>
    </tr>
  );
}

/**
 * The sources the profile cites: each is written once and every figure refers to it. Imports
 * create sources from their citation alone; here the focal point completes publisher, year, kind
 * and the source's title in each language (a report prints the title in its own language).
 */
export function SourcesPanel() {
  const { t } = useTranslation();
  const scope = useCityScope();
  const [sources, reload] = useRead('sources.list', { city: scope.city }, scopedKey(scope, 'sources-panel'));
  return (
    <section className="card sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('sources.title')}</h2>
      <p className="muted">{t('sources.intro')}</p>
      {sources.state === 'loading' ? <Loading /> : null}
      {sources.state === 'failed' ? <ErrorNotice error={sources.error} /> : null}
      {sources.state === 'ready' && sources.value.length === 0 ? <Notice tone="info">{t('sources.none')}</Notice> : null}
      {sources.state === 'ready' && sources.value.length > 0 ? (
        <div className="sources__scroll">
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('sources.citation')}</th>
                <th scope="col">{t('sources.publisher')}</th>
                <th scope="col">{t('sources.year')}</th>
                <th scope="col">{t('sources.kind')}</th>
                <th scope="col">{t('sources.titles')}</th>
                <th scope="col">{t('sources.figures')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('sources.save')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sources.value.map((source) => (
                // A new revision starts the row afresh from what was stored.
                <SourceRow key={`${source.id}:${source.revision}`} source={source} onSaved={reload} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
