import { useTranslation } from 'react-i18next';
import type { CatalogueOverview, Indicator } from '../../../../../shared/domain/catalogue';
import { Field } from '../../../components/Field';
import { useChartLocale } from './chart-locale';

/**
 * The indicator to chart: a native select (keyboard and screen readers know it), grouped by policy
 * domain, with the indicators that have no figure yet said so in words.
 */
export function IndicatorPicker({
  overview,
  indicators,
  withData,
  value,
  onChange,
}: {
  overview: CatalogueOverview;
  indicators: readonly Indicator[];
  withData: ReadonlySet<string>;
  value: string;
  onChange(code: string): void;
}) {
  const { t } = useTranslation();
  const { locale } = useChartLocale();
  const known = new Set(overview.domains.map((d) => d.code));
  const groups = [
    ...overview.domains.map((domain) => ({ code: domain.code, name: domain.name[locale], indicators: indicators.filter((i) => i.domain === domain.code) })),
    { code: '', name: t('charts.otherDomain'), indicators: indicators.filter((i) => !known.has(i.domain)) },
  ].filter((group) => group.indicators.length > 0);
  return (
    <div className="charts-picker">
      <Field label={t('charts.indicator')} hint={t('charts.indicatorHint')}>
        {({ id, describedBy }) => (
          <select id={id} aria-describedby={describedBy} data-testid="indicator-picker" value={value} onChange={(event) => onChange(event.target.value)}>
            {groups.map((group) => (
              <optgroup key={group.code} label={group.name}>
                {group.indicators.map((indicator) => (
                  <option key={indicator.code} value={indicator.code}>
                    {withData.has(indicator.code) ? indicator.name[locale] : t('charts.withoutData', { name: indicator.name[locale] })}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
