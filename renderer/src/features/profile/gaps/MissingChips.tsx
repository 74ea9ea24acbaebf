import type { TFunction } from 'i18next';
import type { IndicatorGap } from './gap-summary';

/** What to collect next for one indicator, as chips: nothing yet, no total, or the missing breakdowns of its latest period. */
export function MissingChips({ gap, periodLabel, t }: { gap: IndicatorGap; periodLabel: (period: string) => string; t: TFunction }) {
  if (!gap.noData && !gap.noTotal && gap.missing.length === 0) {
    return <p className="gaps-missing gaps-missing--complete">{t('gaps.missing.complete')}</p>;
  }
  const label = gap.noData || gap.latest === null ? t('gaps.missing.toCollect') : t('gaps.missing.inPeriod', { period: periodLabel(gap.latest) });
  return (
    <div className="gaps-missing" data-testid="missing-chips">
      {gap.noData ? <span className="gaps-chip gaps-chip--none">{t('gaps.missing.noData')}</span> : null}
      {gap.noTotal || gap.missing.length > 0 ? (
        <>
          <span className="gaps-missing__label">{label}</span>
          <ul className="gaps-missing__chips">
            {gap.noTotal ? <li className="gaps-chip">{t('gaps.missing.total')}</li> : null}
            {gap.missing.map((d) => (
              <li key={d} className="gaps-chip">
                {t(`charts.byInText.${d}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
