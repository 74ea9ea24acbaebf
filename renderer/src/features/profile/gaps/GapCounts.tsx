import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import type { GapSummary } from './gap-summary';

/**
 * The summary as a few numbers with their words: "12 indicators of 31 have no figures yet",
 * "9 indicators lack a breakdown by sex". Shared by the Data gaps tab and the dashboard.
 */
export function GapCounts({ summary, compact = false }: { summary: GapSummary; compact?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = [
    { key: 'noData', count: summary.noData, text: t('gaps.counts.noData', { count: summary.noData, total: format.integer(summary.indicators) }) },
    ...summary.lacking.map((l) => ({ key: `lacking-${l.dimension}`, count: l.count, text: t('gaps.counts.lacking', { count: l.count, breakdown: t(`charts.byInText.${l.dimension}`) }) })),
    { key: 'noTotal', count: summary.noTotal, text: t('gaps.counts.noTotal', { count: summary.noTotal }) },
  ].filter((c) => c.count > 0 || c.key === 'noData');
  return (
    <ul className={compact ? 'gap-counts gap-counts--compact' : 'gap-counts'} data-testid="gap-counts">
      {counts.map((c) => (
        <li key={c.key} className="gap-counts__item" data-testid={`gap-count-${c.key}`}>
          <span className="gap-counts__value">{format.integer(c.count)}</span>{' '}
          <span className="gap-counts__text">{c.text}</span>
        </li>
      ))}
      <li className="gap-counts__item gap-counts__item--complete" data-testid="gap-count-complete">
        <span className="gap-counts__value">{format.integer(summary.complete)}</span>{' '}
        <span className="gap-counts__text">{t('gaps.counts.complete', { count: summary.complete })}</span>
      </li>
    </ul>
  );
}
