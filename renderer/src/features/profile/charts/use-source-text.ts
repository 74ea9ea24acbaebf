import { useTranslation } from 'react-i18next';
import type { Source } from '../../../../../shared/domain/observation';
import { asUiLocale } from '../../../i18n/i18n';
import { sourceText } from '../sources/source-words';
import { usePeriodLabel } from './period-label';

/** `sourceText` bound to the interface's language, with the year written as the charts write periods. */
export function useSourceText(): (source: Source) => string {
  const { t, i18n } = useTranslation();
  const periodLabel = usePeriodLabel();
  const locale = asUiLocale(i18n.language) ?? 'en';
  return (source) => sourceText(source, locale, t, (year) => periodLabel(String(year)));
}
