import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../../shared/domain/catalogue';
import type { IndicatorTarget } from '../../../../shared/domain/commitment';
import type { TargetProgress } from '../../../../shared/domain/progress-rule';
import { formatValue } from '../../i18n/format-value';
import { useFormat } from '../../i18n/use-format';
import { usePeriodLabel } from '../profile/charts/period-label';
import { ProgressBadge } from './CommitmentBadges';
import { TargetChart } from './TargetChart';

/** How one stored target is doing: its status, the figure it was judged on, the rule's numbers and the series. */
export function TargetProgressView({ target, progress, series, indicator, title }: { target: IndicatorTarget; progress: TargetProgress; series: readonly { period: string; value: number }[]; indicator: Indicator; title: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = usePeriodLabel();
  const share = (n: number) => format.percent(Math.round(n * 100));
  return (
    <div className="target-progress" data-testid="target-progress">
      <ProgressBadge progress={progress.status} />
      {progress.latest ? (
        <p className="target-progress__latest">
          {t('commitmentForm.targets.latest', { value: formatValue(indicator.unit, progress.latest.value, format, t), period: period(progress.latest.period) })}
        </p>
      ) : (
        <p className="muted">{t('commitmentForm.targets.noFigure', { period: period(target.baseline.period) })}</p>
      )}
      {progress.covered !== null && progress.elapsed !== null ? (
        <p className="target-progress__rule" data-testid="target-rule-numbers">
          {t('progress.rule.numbers', { covered: share(progress.covered), elapsed: share(progress.elapsed) })}
        </p>
      ) : null}
      <TargetChart target={target} series={series} indicator={indicator} title={title} />
    </div>
  );
}
