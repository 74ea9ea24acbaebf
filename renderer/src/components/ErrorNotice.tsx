import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import { Notice } from './Notice';

/** Shows a failed call: a translated headline for its code, the core's own words as detail. */
export function ErrorNotice({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  return (
    <Notice tone="error" title={t(`errors.${error.code}`)}>
      <details className="notice__details">
        <summary>{t('errors.details')}</summary>
        <p dir="auto">{error.message}</p>
      </details>
    </Notice>
  );
}
