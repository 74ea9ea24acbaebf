import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { CommitmentView } from '../../../../shared/domain/commitment-view';
import type { UiLocale } from '../../../../shared/domain/locales';
import type { PaperVersionSummary } from '../../../../shared/domain/priority-paper';
import { useApi } from '../../api/api-context';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { useCityScope } from '../../city/city-scope';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { useUnsavedChanges } from '../../unsaved/unsaved-changes';
import { TextLanguageSwitch } from '../profile/narrative/TextLanguageSwitch';
import { CompareView } from './CompareView';
import { exportWord } from './export-word';
import { SaveVersionForm } from './SaveVersionForm';
import type { PaperStore } from './use-paper-store';
import { useVersionContents, type PaperSide } from './use-version-contents';
import { VersionQuestion, type VersionAction } from './VersionQuestion';

/** The named versions of the paper: keep the text under a name, compare any two, go back, delete, export. */
export function VersionsPanel({ store, catalogue, commitments, initialLocale }: { store: PaperStore; catalogue: CatalogueView; commitments: readonly CommitmentView[]; initialLocale: UiLocale }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const id = useId();
  const { readOnly } = useCityScope();
  const unsaved = useUnsavedChanges();
  const { versions } = store;
  const [before, setBefore] = useState<PaperSide>(versions[0]?.uid ?? 'current');
  const [after, setAfter] = useState<PaperSide>('current');
  const [comparing, setComparing] = useState(false);
  const [locale, setLocale] = useState<UiLocale>(initialLocale);
  const [question, setQuestion] = useState<VersionAction | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const { contents, error: readError } = useVersionContents(comparing ? [before, after] : [], store.draft);

  const sideName = (side: PaperSide) => (side === 'current' ? t('paper.versions.current') : (versions.find((v) => v.uid === side)?.name ?? ''));
  const compare = (uid: string) => {
    setBefore(uid);
    setAfter('current');
    setComparing(true);
  };
  const word = async (version: PaperVersionSummary) => setError(await exportWord(api, locale, version.uid));
  // Going back replaces the text: unsaved words are saved or dropped first, as when leaving the page.
  const goBack = (version: PaperVersionSummary) => unsaved.confirmLeave(() => setQuestion({ kind: 'restore', version }));

  const beforeContent = contents.get(before);
  const afterContent = contents.get(after);

  return (
    <div className="paper-versions">
      {readOnly ? null : <SaveVersionForm store={store} />}
      {error ? <ErrorNotice error={error} /> : null}

      <section className="card" aria-labelledby={`${id}-list`}>
        <div className="paper-versions__head">
          <h2 id={`${id}-list`}>{t('paper.versions.title')}</h2>
          <TextLanguageSwitch value={locale} onChange={setLocale} label={t('paper.compare.language')} />
        </div>
        <p className="paper-controls__hint">{t('paper.versions.exportHint')}</p>
        {versions.length === 0 ? (
          <p className="muted">{t('paper.versions.none')}</p>
        ) : (
          <table className="paper-versions__table" data-testid="paper-versions">
            <thead>
              <tr>
                <th scope="col">{t('paper.versions.name')}</th>
                <th scope="col">{t('paper.versions.savedAt')}</th>
                <th scope="col">{t('paper.versions.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.uid}>
                  <th scope="row" dir="auto">
                    {version.name}
                  </th>
                  <td>{format.dateTime(new Date(version.savedAt).toISOString())}</td>
                  <td>
                    <div className="paper-versions__actions">
                    <button type="button" className="button button--quiet" onClick={() => compare(version.uid)} aria-label={t('paper.versions.compareWith', { name: version.name })}>
                      {t('paper.versions.compare')}
                    </button>
                    {readOnly ? null : (
                      <button type="button" className="button button--quiet" onClick={() => goBack(version)} aria-label={t('paper.versions.goBackTo', { name: version.name })}>
                        <Icon name="undo" />
                        {t('paper.versions.goBack')}
                      </button>
                    )}
                    <button type="button" className="button button--quiet" onClick={() => void word(version)} aria-label={t('paper.versions.exportNamed', { name: version.name })}>
                      <Icon name="download" />
                      {t('paper.versions.export')}
                    </button>
                    {readOnly ? null : (
                      <button type="button" className="button button--quiet" onClick={() => setQuestion({ kind: 'delete', version })} aria-label={t('paper.versions.deleteNamed', { name: version.name })}>
                        <Icon name="trash" />
                        {t('paper.versions.delete')}
                      </button>
                    )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="card paper-compare" aria-labelledby={`${id}-compare`}>
        <h2 id={`${id}-compare`}>{t('paper.compare.title')}</h2>
        <div className="paper-compare__controls">
          <div className="field">
            <label htmlFor={`${id}-before`}>{t('paper.compare.before')}</label>
            <select id={`${id}-before`} value={before} onChange={(e) => setBefore(e.target.value)}>
              {versions.map((v) => (
                <option key={v.uid} value={v.uid}>
                  {v.name}
                </option>
              ))}
              <option value="current">{t('paper.versions.current')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-after`}>{t('paper.compare.after')}</label>
            <select id={`${id}-after`} value={after} onChange={(e) => setAfter(e.target.value)}>
              {versions.map((v) => (
                <option key={v.uid} value={v.uid}>
                  {v.name}
                </option>
              ))}
              <option value="current">{t('paper.versions.current')}</option>
            </select>
          </div>
          <button type="button" className="button button--primary" onClick={() => setComparing(true)} data-testid="paper-compare">
            {t('paper.compare.show')}
          </button>
        </div>
        {readError ? <ErrorNotice error={readError} /> : null}
        {comparing ? (
          beforeContent && afterContent ? (
            <>
              <p className="paper-compare__what" data-testid="paper-compare-what">
                {t('paper.compare.what', { before: sideName(before), after: sideName(after) })}
              </p>
              <CompareView before={beforeContent} after={afterContent} locale={locale} catalogue={catalogue} commitments={commitments} />
            </>
          ) : (
            <Loading />
          )
        ) : null}
      </section>

      {question ? <VersionQuestion action={question} store={store} onDone={() => setQuestion(null)} onDeleted={(uid) => {
            if (before === uid || after === uid) setComparing(false);
          }}
          onFailed={(failure) => {
            setError(failure);
            setQuestion(null);
          }}
        /> : null}
    </div>
  );
}
