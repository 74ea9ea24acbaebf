import { useTranslation } from 'react-i18next';
import { LaterNotice } from '../../components/LaterNotice';
import { PageHeader } from '../../components/PageHeader';

export function CommitmentsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.commitments')} intro={t('commitments.intro')} />
      <LaterNotice feature="commitments" />
    </>
  );
}
