import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../../shared/domain/catalogue';
import { useCatalogue } from '../../catalogue/catalogue-context';
import { asUiLocale } from '../../i18n/i18n';

/** The frameworks a city can score itself against, and the names of their criteria and dimensions in the interface language. */
export function useFrameworkWords() {
  const { i18n } = useTranslation();
  const locale = asUiLocale(i18n.language) ?? 'en';
  const catalogue = useCatalogue();
  const frameworks: Framework[] = catalogue.state === 'ready' ? catalogue.value.overview.frameworks.filter((f) => f.scoring === 'absent-partial-complete') : [];
  const framework = (code: string) => frameworks.find((f) => f.code === code);
  return {
    locale,
    frameworks,
    framework,
    frameworkName: (code: string) => framework(code)?.name[locale] ?? code,
    /** A dimension is a framework group, or a criterion standing alone in a framework without groups. */
    dimensionName: (frameworkCode: string, dimension: string) => {
      const f = framework(frameworkCode);
      return f?.groups.find((g) => g.code === dimension)?.name[locale] ?? f?.items.find((i) => i.code === dimension)?.name[locale] ?? dimension;
    },
    criterionName: (frameworkCode: string, item: string) => framework(frameworkCode)?.items.find((i) => i.code === item)?.name[locale] ?? item,
  };
}
