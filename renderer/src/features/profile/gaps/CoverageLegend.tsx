import { useTranslation } from 'react-i18next';
import { dimensionCodes } from '../../../../../shared/domain/catalogue';

/** What the marks of the matrix mean. */
export function CoverageLegend() {
  const { t } = useTranslation();
  return (
    <ul className="gaps-legend" aria-label={t('gaps.legend.label')}>
      <li>
        <span className="gaps-mark gaps-mark--total" aria-hidden="true" />
        {t('gaps.legend.total')}
      </li>
      <li>
        <span className="gaps-mark gaps-mark--parts" aria-hidden="true" />
        {t('gaps.legend.parts')}
      </li>
      <li>
        <span className="gaps-mark gaps-mark--none" aria-hidden="true" />
        {t('gaps.legend.none')}
      </li>
      {dimensionCodes.map((d) => (
        <li key={d}>
          <span className="gaps-letter" aria-hidden="true">
            {t(`gaps.letters.${d}`)}
          </span>
          {t(`charts.byInText.${d}`)}
        </li>
      ))}
    </ul>
  );
}
