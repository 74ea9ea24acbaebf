import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorCoverage } from '../../../../../shared/domain/dashboard';
import { useRead } from '../../../api/api-context';
import { useCatalogue } from '../../../catalogue/catalogue-context';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { useFormat } from '../../../i18n/use-format';
import { useChartLocale } from '../charts/chart-locale';
import { CoverageLegend } from './CoverageLegend';
import { CoverageMatrix, type DomainRows } from './CoverageMatrix';
import { hasGap, summariseGaps } from './gap-summary';
import { GapsFilters } from './GapsFilters';
import { GapsSummary } from './GapsSummary';
import './gaps.css';
import { scopedKey, useCityScope } from '../../../city/city-scope';

/**
 * What the focal point must still collect: a summary, then every indicator against every period
 * with the breakdowns present, and for each indicator what its latest period lacks.
 */
export function GapsPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const { locale } = useChartLocale();
  const catalogue = useCatalogue();
  const scope = useCityScope();
  const [gaps] = useRead('dashboard.gaps', { city: scope.city }, scopedKey(scope, 'gaps'));
  const [onlyGaps, setOnlyGaps] = useState(false);
  const [domain, setDomain] = useState('');
  // The checkbox answers at once; a large matrix follows when it can.
  const shownOnlyGaps = useDeferredValue(onlyGaps);
  const shownDomain = useDeferredValue(domain);

  const summary = useMemo(() => (gaps.state === 'ready' ? summariseGaps(gaps.value) : null), [gaps]);
  const domains = useMemo(() => (catalogue.state === 'ready' ? catalogue.value.overview.domains : []), [catalogue]);
  const rows = useMemo((): DomainRows[] => {
    if (gaps.state !== 'ready') return [];
    const shown = gaps.value.indicators.filter((i) => (!shownOnlyGaps || hasGap(i)) && (shownDomain === '' || i.domain === shownDomain));
    // The core sends indicators in the catalogue's order of domains; keep it and group.
    const groups = new Map<string, IndicatorCoverage[]>();
    for (const indicator of shown) {
      const group = groups.get(indicator.domain) ?? [];
      group.push(indicator);
      groups.set(indicator.domain, group);
    }
    return [...groups.entries()].map(([code, indicators]) => ({ code, name: domains.find((d) => d.code === code)?.name[locale] ?? code, indicators }));
  }, [gaps, shownOnlyGaps, shownDomain, domains, locale]);

  if (gaps.state === 'loading') return <Loading />;
  if (gaps.state === 'failed') return <ErrorNotice error={gaps.error} />;
  if (!summary) return null;
  const shownCount = rows.reduce((n, group) => n + group.indicators.length, 0);

  return (
    <div className="gaps">
      <GapsSummary summary={summary} />
      <section className="gaps-coverage" aria-labelledby="gaps-coverage-title">
        <h2 id="gaps-coverage-title">{t('gaps.matrix.title')}</h2>
        <GapsFilters domains={domains} domain={domain} onDomain={setDomain} onlyGaps={onlyGaps} onOnlyGaps={setOnlyGaps} />
        <p className="result-count" role="status" data-testid="gaps-count">
          {t('gaps.filters.count', { count: summary.indicators, shown: format.integer(shownCount), total: format.integer(summary.indicators) })}
        </p>
        <CoverageLegend />
        {gaps.value.periods.length === 0 ? <p className="empty">{t('gaps.matrix.noPeriods')}</p> : null}
        {shownCount === 0 ? (
          <p className="empty">{onlyGaps ? t('gaps.matrix.noGaps') : t('gaps.matrix.none')}</p>
        ) : (
          <CoverageMatrix periods={gaps.value.periods} domains={rows} />
        )}
      </section>
    </div>
  );
}
