import { useTranslation } from 'react-i18next';
import { Notice } from './Notice';

/** Says plainly that a capability is not in this version yet, and what it will do. */
export function LaterNotice({ feature }: { feature: 'advice' }) {
  const { t } = useTranslation();
  return (
    <Notice tone="info" title={t('later.title')}>
      <p>{t(`later.${feature}`)}</p>
    </Notice>
  );
}
