import { useTranslation } from 'react-i18next';
import { commitmentStatuses } from '../../../../shared/domain/commitment';
import { progressStatuses } from '../../../../shared/domain/progress-rule';
import type { CatalogueView } from '../../catalogue/catalogue-context';
import { Field } from '../../components/Field';
import { asUiLocale } from '../../i18n/i18n';
import { filtersFromHash, type CommitmentFilters } from './commitment-filters';

/** The list's filters: plain form controls, each change written to the hash at once. */
export function CommitmentFiltersForm({ filters, owners, catalogue, onChange }: { filters: CommitmentFilters; owners: readonly string[]; catalogue: CatalogueView; onChange(next: CommitmentFilters): void }) {
  const { t, i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const set = (change: Partial<CommitmentFilters>) => onChange({ ...filters, ...change });
  const any = <option value="">{t('commitments.filters.any')}</option>;
  return (
    <form className="filters commitment-filters" role="search" aria-label={t('commitments.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <Field label={t('commitments.columns.domains')}>
        {({ id }) => (
          <select id={id} value={filters.domain} onChange={(e) => set({ domain: e.target.value })}>
            {any}
            {catalogue.overview.domains.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name[locale]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('commitments.columns.status')}>
        {({ id }) => (
          <select id={id} value={filters.status} onChange={(e) => set({ status: filtersFromHash(`?status=${e.target.value}`).status })}>
            {any}
            {commitmentStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`commitments.status.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('commitments.columns.progress')}>
        {({ id }) => (
          <select id={id} value={filters.progress} onChange={(e) => set({ progress: filtersFromHash(`?progress=${e.target.value}`).progress })}>
            {any}
            {[...progressStatuses, 'none' as const].map((s) => (
              <option key={s} value={s}>
                {t(`commitments.progress.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('commitments.columns.targetGroups')}>
        {({ id }) => (
          <select id={id} value={filters.targetGroup} onChange={(e) => set({ targetGroup: e.target.value })}>
            {any}
            {catalogue.overview.targetGroups.map((g) => (
              <option key={g.code} value={g.code}>
                {g.name[locale]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('commitments.columns.owner')}>
        {({ id }) => (
          <select id={id} value={filters.owner} onChange={(e) => set({ owner: e.target.value })}>
            {any}
            {owners.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="commitment-filters__check">
        <input type="checkbox" checked={filters.overdue} onChange={(e) => set({ overdue: e.target.checked })} />
        {t('commitments.filters.overdueOnly')}
      </label>
    </form>
  );
}
