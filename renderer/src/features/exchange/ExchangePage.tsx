import { useTranslation } from 'react-i18next';
import { LaterNotice } from '../../components/LaterNotice';
import { PageHeader } from '../../components/PageHeader';

export function ExchangePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.exchange')} intro={t('exchange.intro')} />
      <LaterNotice feature="exchange" />
    </>
  );
}
