import type { TFunction } from 'i18next';
import { Dimension } from '../../../../../shared/domain/catalogue';
import { ImportField } from '../../../../../shared/domain/observation-import';
import type { UiLocale } from '../../../../../shared/domain/locales';
import type { CatalogueView } from '../../../catalogue/catalogue-context';

/**
 * A problem the core found (an import error, a refused edit, a warning on a row) in the user's
 * language: the core sends a stable code with its details, the words are the interface's.
 * Indicator codes become names and dimension codes become the codelist's name.
 */
export function describeProblem(t: TFunction, code: string, params: Record<string, string | number>, catalogue: CatalogueView, locale: UiLocale): string {
  const values: Record<string, string | number> = { ...params };
  if (typeof params.indicator === 'string') values.indicator = catalogue.indicator(params.indicator)?.name[locale] ?? params.indicator;
  const dimension = Dimension.safeParse(params.dimension);
  if (dimension.success) values.dimension = catalogue.overview.codelists.find((c) => c.code === dimension.data)?.name[locale] ?? dimension.data;
  const field = ImportField.safeParse(params.field);
  if (field.success) values.field = t(`import.fields.${field.data}`);
  for (const key of ['value', 'previous', 'parts', 'total'] as const) {
    const n = params[key];
    if (typeof n === 'number') values[key] = new Intl.NumberFormat(locale).format(n);
  }
  return t(`table.problems.${code}`, { ...values, defaultValue: t('table.problems.unknown') });
}

/** A column as the summary names it: the file's own header, or the field's name in the user's language. */
export function describeColumn(t: TFunction, column: string): string {
  const field = ImportField.safeParse(column);
  return field.success ? t(`import.fields.${field.data}`) : column;
}
