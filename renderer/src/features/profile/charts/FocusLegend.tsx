import { useTranslation } from 'react-i18next';
import type { CatalogueOverview } from '../../../../../shared/domain/catalogue';
import { useFormat } from '../../../i18n/use-format';
import { useChartLocale } from './chart-locale';

/** Says what the two bar colours mean and names the programme's focus groups. */
export function FocusLegend({ overview }: { overview: CatalogueOverview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { locale } = useChartLocale();
  const groups = overview.targetGroups.filter((g) => g.focus).map((g) => g.name[locale]);
  return (
    <ul className="chart-legend" aria-label={t('charts.legend.label')}>
      <li>
        <span className="chart-legend__swatch chart-legend__swatch--focus" aria-hidden="true" />
        {t('charts.legend.focus', { groups: format.list(groups) })}
      </li>
      <li>
        <span className="chart-legend__swatch chart-legend__swatch--other" aria-hidden="true" />
        {t('charts.legend.other')}
      </li>
    </ul>
  );
}
