import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CatalogueOverview, Dimension, Indicator } from '../../../shared/domain/catalogue';
import type { District } from '../../../shared/domain/district';
import type { UiLocale } from '../../../shared/domain/locales';
import { useRead, type Loadable } from '../api/api-context';
import { scopedKey, useCityScope } from '../city/city-scope';

/** The catalogue as the pages use it: fetched once, with look-ups from codes to names. */
export interface CatalogueView {
  overview: CatalogueOverview;
  indicators: readonly Indicator[];
  indicator(code: string): Indicator | undefined;
  /** The districts of the city in view: the only values its figures may give for `area`. */
  districts: readonly District[];
  /** The name of a breakdown code in a language ('' is the total); a country's name for origins; a district's name; the code itself otherwise. */
  codeName(dimension: Dimension, code: string, locale: UiLocale, totalLabel: string): string;
  /** Reload after the city adds its own indicators or changes its districts. */
  reload(): void;
}

const CatalogueContext = createContext<Loadable<CatalogueView> | null>(null);

export function CatalogueProvider({ children }: { children: ReactNode }) {
  const [overview, reloadOverview] = useRead('catalogue.overview', {}, 'catalogue-overview');
  const scope = useCityScope();
  const [indicators, reloadIndicators] = useRead('catalogue.indicators', { city: scope.city }, scopedKey(scope, 'catalogue-indicators'));
  const [districts, reloadDistricts] = useRead('districts.list', { city: scope.city }, scopedKey(scope, 'districts'));
  const value = useMemo((): Loadable<CatalogueView> => {
    if (overview.state === 'failed') return overview;
    if (indicators.state === 'failed') return indicators;
    if (districts.state === 'failed') return districts;
    if (overview.state === 'loading' || indicators.state === 'loading' || districts.state === 'loading') return { state: 'loading' };
    const byCode = new Map(indicators.value.map((i) => [i.code, i]));
    const names = new Map(overview.value.codelists.flatMap((list) => list.values.map((v) => [`${list.code}:${v.code}`, v.name])));
    for (const district of districts.value) names.set(`area:${district.code}`, district.name);
    const regionNames = new Map<UiLocale, Intl.DisplayNames>();
    return {
      state: 'ready',
      value: {
        overview: overview.value,
        indicators: indicators.value,
        indicator: (code) => byCode.get(code),
        districts: districts.value,
        codeName: (dimension, code, locale, totalLabel) => {
          if (code === '') return totalLabel;
          const name = names.get(`${dimension}:${code}`)?.[locale];
          if (name) return name;
          if (dimension === 'origin' && /^[A-Z]{2}$/.test(code)) {
            const display = regionNames.get(locale) ?? new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
            regionNames.set(locale, display);
            return display.of(code) ?? code;
          }
          return code;
        },
        reload: () => {
          reloadOverview();
          reloadIndicators();
          reloadDistricts();
        },
      },
    };
  }, [overview, indicators, districts, reloadOverview, reloadIndicators, reloadDistricts]);
  return <CatalogueContext.Provider value={value}>{children}</CatalogueContext.Provider>;
}

export function useCatalogue(): Loadable<CatalogueView> {
  const value = useContext(CatalogueContext);
  if (!value) throw new Error('useCatalogue outside CatalogueProvider');
  return value;
}
