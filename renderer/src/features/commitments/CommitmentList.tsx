import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { commitmentTitle } from '../../../../shared/domain/commitment';
import { useRead } from '../../api/api-context';
import { useCatalogue } from '../../catalogue/catalogue-context';
import { scopedKey, useCityScope } from '../../city/city-scope';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { asUiLocale } from '../../i18n/i18n';
import { useFormat } from '../../i18n/use-format';
import { useUnsavedChanges } from '../../unsaved/unsaved-changes';
import { filtersFromHash, hashOfFilters, matchesFilters, ownersOf } from './commitment-filters';
import { CommitmentFiltersForm } from './CommitmentFiltersForm';
import { CommitmentTable } from './CommitmentTable';
import { CommitmentViews } from './CommitmentViews';

/** The commitments of the city in view, filtered by what the hash query says. */
export function CommitmentList({ removed }: { removed: string | null }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const format = useFormat();
  const scope = useCityScope();
  const catalogue = useCatalogue();
  const { hash, navigate } = useUnsavedChanges();
  const [list] = useRead('commitments.list', { city: scope.city }, scopedKey(scope, 'commitments'));
  const filters = filtersFromHash(hash);

  // After a removal the page's heading takes the focus: the removed commitment's row is gone.
  useEffect(() => {
    if (removed) document.querySelector<HTMLElement>('[data-page-title]')?.focus();
  }, [removed]);

  const newButton = scope.readOnly ? null : (
    <a className="button button--primary" href="#/commitments/new">
      {t('commitments.new')}
    </a>
  );

  return (
    <>
      <PageHeader title={t('nav.commitments')} intro={t('commitments.intro')} actions={newButton} />
      <CommitmentViews current="list" />
      {removed ? <Notice tone="success" title={t('commitments.removed', { title: removed })} /> : null}
      {list.state === 'failed' ? <ErrorNotice error={list.error} /> : null}
      {catalogue.state === 'failed' ? <ErrorNotice error={catalogue.error} /> : null}
      {list.state === 'loading' || catalogue.state === 'loading' ? <Loading /> : null}
      {list.state === 'ready' && catalogue.state === 'ready' && list.value.length === 0 ? (
        <section className="card empty commitments-empty" aria-labelledby="commitments-empty">
          <h2 id="commitments-empty">{t('commitments.empty.title')}</h2>
          <p>{t('commitments.empty.what')}</p>
          <p>{t('commitments.empty.how')}</p>
          {newButton}
        </section>
      ) : null}
      {list.state === 'ready' && catalogue.state === 'ready' && list.value.length > 0
        ? (() => {
            const shown = list.value.filter((c) => matchesFilters(c, filters));
            const sorted = [...shown].sort((a, b) => format.compare(commitmentTitle(a, locale), commitmentTitle(b, locale)));
            return (
              <section className="card" aria-labelledby="commitments-list-title">
                <h2 id="commitments-list-title" className="visually-hidden">
                  {t('commitments.listTitle')}
                </h2>
                <CommitmentFiltersForm filters={filters} owners={ownersOf(list.value, format.compare)} catalogue={catalogue.value} onChange={(next) => navigate(hashOfFilters(next))} />
                <p className="result-count" role="status" data-testid="commitment-count">
                  {t('commitments.count', { shown: format.integer(sorted.length), total: format.integer(list.value.length) })}
                </p>
                {sorted.length > 0 ? <CommitmentTable commitments={sorted} catalogue={catalogue.value} /> : <p className="muted">{t('commitments.noneMatch')}</p>}
              </section>
            );
          })()
        : null}
    </>
  );
}
