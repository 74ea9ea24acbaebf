import { useTranslation } from 'react-i18next';

/** The progress rule (shared/domain/progress-rule.ts) in plain words, next to the targets it judges. */
export function ProgressRule() {
  const { t } = useTranslation();
  return (
    <details className="progress-rule" open>
      <summary>{t('progress.rule.title')}</summary>
      <p>{t('progress.rule.latest')}</p>
      <ul>
        <li>{t('progress.rule.achieved')}</li>
        <li>{t('progress.rule.deteriorating')}</li>
        <li>{t('progress.rule.track')}</li>
      </ul>
      <p className="muted">{t('progress.rule.lateFigures')}</p>
    </details>
  );
}
