import { useTranslation } from 'react-i18next';
import type { ParticipantTotals } from '../../../../shared/domain/activity';
import { useFormat } from '../../i18n/use-format';

/** "22 participants", then "13 women · 6 young people": women and youth always said, even when none. */
export function ParticipantSummary({ totals }: { totals: ParticipantTotals }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <span className="participant-summary">
      <span>{t('activities.totals.all', { count: totals.all, formatted: format.integer(totals.all) })}</span>
      <span className="participant-summary__focus">
        <span>{t('activities.totals.women', { count: totals.women, formatted: format.integer(totals.women) })}</span>
        <span>{t('activities.totals.youth', { count: totals.youth, formatted: format.integer(totals.youth) })}</span>
      </span>
    </span>
  );
}
