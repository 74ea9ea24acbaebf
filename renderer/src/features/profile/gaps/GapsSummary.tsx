import { useTranslation } from 'react-i18next';
import { GapCounts } from './GapCounts';
import type { GapSummary } from './gap-summary';

/** The top of the Data gaps tab: how much is still to collect, and where to start. */
export function GapsSummary({ summary }: { summary: GapSummary }) {
  const { t } = useTranslation();
  return (
    <section className="card gaps-summary" aria-labelledby="gaps-summary-title" data-testid="gaps-summary">
      <h2 id="gaps-summary-title">{t('gaps.summary.title')}</h2>
      <p className="muted gaps-summary__intro">{t('gaps.summary.intro')}</p>
      <GapCounts summary={summary} />
    </section>
  );
}
