import { useTranslation } from 'react-i18next';
import type { PolicyDomain } from '../../../../../shared/domain/catalogue';
import { useChartLocale } from '../charts/chart-locale';

/** Narrow the matrix to what is still to collect, or to one domain. */
export function GapsFilters({
  domains,
  domain,
  onDomain,
  onlyGaps,
  onOnlyGaps,
}: {
  domains: readonly PolicyDomain[];
  domain: string;
  onDomain(code: string): void;
  onlyGaps: boolean;
  onOnlyGaps(only: boolean): void;
}) {
  const { t } = useTranslation();
  const { locale } = useChartLocale();
  return (
    <div className="filters gaps-filters">
      <label className="gaps-filters__check">
        <input type="checkbox" checked={onlyGaps} onChange={(event) => onOnlyGaps(event.target.checked)} />
        <span>{t('gaps.filters.onlyGaps')}</span>
      </label>
      <label className="filters__select">
        <span>{t('gaps.filters.domain')}</span>
        <select value={domain} onChange={(event) => onDomain(event.target.value)}>
          <option value="">{t('gaps.filters.allDomains')}</option>
          {domains.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name[locale]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
