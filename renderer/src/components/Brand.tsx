import { useTranslation } from 'react-i18next';

/** The app's mark and name, at the start of every top bar. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <div className="brand">
      <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="7" />
        <circle cx="16" cy="16" r="8" />
        <circle cx="16" cy="16" r="2.6" />
      </svg>
      <span className="brand__name">{t('app.name')}</span>
    </div>
  );
}
