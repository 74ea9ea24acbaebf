import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import { asUiLocale } from '../i18n/i18n';
import { errorNoticeText } from './error-notice-text';
import { Notice } from './Notice';

/** Shows a failed call: a translated headline for its code; the core's own (English) words as a detail in English only. */
export function ErrorNotice({ error }: { error: ApiError }) {
  const { t, i18n } = useTranslation();
  const { title, detail } = errorNoticeText(t, error, asUiLocale(i18n.language) ?? 'en');
  return (
    <Notice tone="error" title={title}>
      {detail ? (
        <details className="notice__details">
          <summary>{t('errors.details')}</summary>
          <p dir="auto">{detail}</p>
        </details>
      ) : null}
    </Notice>
  );
}
