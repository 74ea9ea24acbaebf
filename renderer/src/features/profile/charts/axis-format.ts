import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../../shared/domain/catalogue';
import { answerKey } from '../../../i18n/format-value';

/**
 * Numbers on a value axis: short ("1.1M", "١٫١ مليون") so the axis stays narrow and nothing is cut;
 * the exact figures are in the tooltip and the table.
 */
export function useAxisFormat(unit: Unit): (value: number) => string {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    // One decimal: a share between 1% and 2% has ticks at 1.5%, which whole numbers would print as "2%" twice.
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    return (value: number) => {
      if (unit === 'percent') return percent.format(value / 100);
      if (unit === 'ynp') return t(`keyFigures.ynp.${answerKey(value)}`);
      return compact.format(value);
    };
  }, [locale, t, unit]);
}
