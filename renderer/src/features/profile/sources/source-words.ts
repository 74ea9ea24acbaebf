import type { NarrativeLocale } from '../../../../../shared/domain/narrative';
import type { Source } from '../../../../../shared/domain/observation';
import { isolated } from '../../../i18n/isolated';

/** The name a source goes by in a language: its title in that language where it has one, else its citation. */
export function sourceName(source: Source, locale: NarrativeLocale): string {
  const title = source.titles[locale].trim();
  return title === '' ? source.citation : title;
}

/**
 * How every place names a source in full (tooltips, tables, the report's list, the dashboard):
 * its name, then its publisher and its year only where they are known — never an empty ", ()".
 * Each part is isolated; the separator is the language's own list comma ("، " in Arabic).
 */
export function sourceText(
  source: Source,
  locale: NarrativeLocale,
  t: (key: string) => string,
  year: (year: number) => string = String,
): string {
  const parts = [sourceName(source, locale), source.publisher.trim(), source.year === null ? '' : year(source.year)].filter((part) => part !== '');
  return parts.map(isolated).join(t('sources.separator'));
}
