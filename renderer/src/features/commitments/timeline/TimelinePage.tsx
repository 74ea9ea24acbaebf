import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { CommitmentViews } from '../CommitmentViews';
import { TimelinePanel } from './TimelinePanel';

/** `#/commitments/timeline`: the programme's 36 months at a glance. */
export function TimelinePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.commitments')} intro={t('timeline.intro')} />
      <CommitmentViews current="timeline" />
      <TimelinePanel />
    </>
  );
}
