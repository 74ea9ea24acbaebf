import type { TFunction } from 'i18next';
import { Dimension } from '../../../../../shared/domain/catalogue';
import { ImportField, ImportProblemCode } from '../../../../../shared/domain/observation-import';
import type { UiLocale } from '../../../../../shared/domain/locales';
import type { CatalogueView } from '../../../catalogue/catalogue-context';
import { inUserLanguage } from '../../../i18n/core-words';

/**
 * A problem the core found (an import error, a refused edit, a warning on a row) in the user's
 * language: the core sends a stable code with its details, the words are the interface's.
 * Indicator codes become names and dimension codes become the codelist's name (when the catalogue
 * is at hand). A code this interface does not know yet reads as a plain refusal, never as its key.
 */
export function describeProblem(t: TFunction, code: string, params: Record<string, string | number>, catalogue: CatalogueView | null, locale: UiLocale): string {
  const known = ImportProblemCode.safeParse(code);
  if (!known.success) return t('table.problems.unknown');
  const values: Record<string, string | number> = { ...params };
  if (typeof params.indicator === 'string') values.indicator = catalogue?.indicator(params.indicator)?.name[locale] ?? params.indicator;
  const dimension = Dimension.safeParse(params.dimension);
  if (dimension.success) values.dimension = catalogue?.overview.codelists.find((c) => c.code === dimension.data)?.name[locale] ?? t(`dimensions.${dimension.data}`);
  const field = ImportField.safeParse(params.field);
  if (field.success) values.field = t(`import.fields.${field.data}`);
  for (const key of ['value', 'previous', 'parts', 'total'] as const) {
    const n = params[key];
    if (typeof n === 'number') values[key] = new Intl.NumberFormat(locale).format(n);
  }
  // Why a file cannot be read comes from the CSV reader as an English sentence, not a code.
  if (known.data === 'file_format') return inUserLanguage(locale, t('table.problems.file_format', values), () => t('table.problems.file_format_generic'));
  return t(`table.problems.${known.data}`, values);
}

/** A column as the summary names it: the file's own header, or the field's name in the user's language. */
export function describeColumn(t: TFunction, column: string): string {
  const field = ImportField.safeParse(column);
  return field.success ? t(`import.fields.${field.data}`) : column;
}
