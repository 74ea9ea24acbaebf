import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dimensionCodes, type CatalogueOverview } from '../../../../../shared/domain/catalogue';
import type { IndicatorPanels } from '../../../../../shared/domain/dashboard';
import { useCatalogue } from '../../../catalogue/catalogue-context';
import { Field } from '../../../components/Field';
import { useFormat } from '../../../i18n/use-format';
import { BreakdownCard } from './BreakdownCard';
import { breakdownRows, dimensionsIn } from './breakdown-rows';
import { useChartLocale } from './chart-locale';
import { FocusLegend } from './FocusLegend';
import { focusKeys } from './focus-groups';
import { usePeriodLabel } from './period-label';

/**
 * The indicator's breakdowns by sex, age, migration status, origin and district in one period (the
 * newest by default), with the focus groups highlighted, and in words what is not there: an
 * expected breakdown or a focus group without a figure is something the focal point can collect.
 */
export function BreakdownSection({ indicator, series, breakdowns, periods, overview }: Pick<IndicatorPanels, 'indicator' | 'series' | 'breakdowns'> & { periods: readonly string[]; overview: CatalogueOverview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { locale } = useChartLocale();
  const periodLabel = usePeriodLabel();
  const catalogue = useCatalogue();
  const [chosen, setChosen] = useState(periods[0] ?? '');
  const period = periods.includes(chosen) ? chosen : (periods[0] ?? '');

  if (periods.length === 0) {
    return (
      <p className="empty charts-note" data-testid="no-breakdowns">
        {indicator.dimensions.length === 0 ? t('charts.breakdowns.notExpected') : t('charts.breakdowns.none', { expected: format.list(indicator.dimensions.map((d) => t(`charts.byInText.${d}`))) })}
      </p>
    );
  }

  const name = (dimension: (typeof dimensionCodes)[number], code: string) => (catalogue.state === 'ready' ? catalogue.value.codeName(dimension, code, locale, t('charts.total')) : code);
  const focus = focusKeys(overview);
  const present = dimensionsIn(breakdowns, period, dimensionCodes);
  const absent = indicator.dimensions.filter((d) => !present.includes(d));
  const label = periodLabel(period);
  const total = series.find((v) => v.period === period)?.value ?? null;
  const cards = present.map((dimension) => ({ dimension, rows: breakdownRows(breakdowns, dimension, period, overview, focus, name) }));
  const shownCodes = new Set(cards.flatMap((card) => card.rows.map((row) => `${card.dimension}:${row.code}`)));
  const focusWithout = overview.targetGroups.filter((g) => g.focus && g.dimension && present.includes(g.dimension.code) && !shownCodes.has(`${g.dimension.code}:${g.dimension.value}`)).map((g) => g.name[locale]);

  return (
    <section className="charts-breakdowns" aria-labelledby="charts-breakdowns-title">
      <div className="charts-breakdowns__header">
        <h3 id="charts-breakdowns-title">{t('charts.breakdowns.title', { period: label })}</h3>
        {periods.length > 1 ? (
          <div className="charts-breakdowns__period">
            <Field label={t('charts.breakdowns.period')}>
              {({ id }) => (
                <select id={id} value={period} onChange={(event) => setChosen(event.target.value)}>
                  {periods.map((p) => (
                    <option key={p} value={p}>
                      {periodLabel(p)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        ) : null}
      </div>
      <FocusLegend overview={overview} />
      {absent.length > 0 || focusWithout.length > 0 ? (
        <ul className="charts-missing" data-testid="breakdown-gaps">
          {absent.length > 0 ? <li>{t('charts.breakdowns.absent', { breakdowns: format.list(absent.map((d) => t(`charts.byInText.${d}`))), period: label })}</li> : null}
          {focusWithout.length > 0 ? <li>{t('charts.breakdowns.focusAbsent', { groups: format.list(focusWithout), period: label })}</li> : null}
        </ul>
      ) : null}
      <div className="charts-breakdowns__grid">
        {cards.map((card) => (
          <BreakdownCard key={`${card.dimension}-${period}`} dimension={card.dimension} unit={indicator.unit} rows={card.rows} total={total} period={label} indicatorName={indicator.name[locale]} />
        ))}
      </div>
    </section>
  );
}
