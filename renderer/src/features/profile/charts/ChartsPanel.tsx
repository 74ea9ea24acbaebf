import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../../api/api-context';
import { useCatalogue } from '../../../catalogue/catalogue-context';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { IndicatorCharts } from './IndicatorCharts';
import { IndicatorPicker } from './IndicatorPicker';
import './charts.css';
import { scopedKey, useCityScope } from '../../../city/city-scope';

/**
 * The profile's charts: one indicator at a time, its totals over the years and its breakdowns,
 * each chart also readable as a table. Starts on the first indicator that has figures.
 */
export function ChartsPanel() {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  // The coverage says which indicators have figures, so the picker can start on one and say which have none.
  const scope = useCityScope();
  const [gaps] = useRead('dashboard.gaps', { city: scope.city }, scopedKey(scope, 'charts-coverage'));
  const [chosen, setChosen] = useState<string | null>(null);

  const withData = useMemo(() => new Set(gaps.state === 'ready' ? gaps.value.indicators.filter((i) => i.cells.length > 0).map((i) => i.code) : []), [gaps]);

  if (catalogue.state === 'failed') return <ErrorNotice error={catalogue.error} />;
  if (gaps.state === 'failed') return <ErrorNotice error={gaps.error} />;
  if (catalogue.state === 'loading' || gaps.state === 'loading') return <Loading />;

  const { overview, indicators } = catalogue.value;
  const firstWithData = gaps.value.indicators.find((i) => i.cells.length > 0)?.code;
  const code = chosen ?? firstWithData ?? indicators[0]?.code;
  if (!code) return <p className="empty">{t('charts.noIndicators')}</p>;

  return (
    <div className="charts">
      <IndicatorPicker overview={overview} indicators={indicators} withData={withData} value={code} onChange={setChosen} />
      <IndicatorCharts key={code} code={code} overview={overview} />
    </div>
  );
}
