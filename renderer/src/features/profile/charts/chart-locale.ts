import { useTranslation } from 'react-i18next';
import { directionOf, type UiLocale } from '../../../../../shared/domain/locales';
import { asUiLocale } from '../../../i18n/i18n';

/** The interface language and whether charts must mirror: SVG does not flip by itself as CSS boxes do. */
export function useChartLocale(): { locale: UiLocale; rtl: boolean } {
  const { i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  return { locale, rtl: directionOf(locale) === 'rtl' };
}
