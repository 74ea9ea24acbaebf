import { useTranslation } from 'react-i18next';
import { LaterNotice } from '../../components/LaterNotice';
import { PageHeader } from '../../components/PageHeader';

export function AdvicePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.advice')} intro={t('advice.intro')} />
      <LaterNotice feature="advice" />
    </>
  );
}
