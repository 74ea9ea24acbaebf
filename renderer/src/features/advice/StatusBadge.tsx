import { useTranslation } from 'react-i18next';
import type { AdviceStatus } from '../../../../shared/domain/advice-status';

/** The status of an advice in words; a draft ready to go says so. */
export function StatusBadge({ status, ready }: { status: AdviceStatus; ready: boolean }) {
  const { t } = useTranslation();
  return <span className={`badge advice-status advice-status--${status}`}>{status === 'draft' && ready ? t('advice.status.ready') : t(`advice.status.${status}`)}</span>;
}
