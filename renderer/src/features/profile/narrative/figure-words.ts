import type { Unit } from '../../../../../shared/domain/catalogue';
import { shareable } from '../../../../../shared/domain/privacy';
import type { CitedFigure, NarrativeLocale } from '../../../../../shared/domain/narrative';
import { isolated } from '../../../i18n/isolated';
import { sourceName } from '../sources/source-words';

/** A translation function already bound to one language (i18next's getFixedT). */
export type Translate = (key: string, options?: Record<string, string | number>) => string;

interface NumberFormats {
  integer: Intl.NumberFormat;
  decimal: Intl.NumberFormat;
  percent: Intl.NumberFormat;
}

const formats = new Map<string, NumberFormats>();

/** Built once per language: a narrative re-renders its citations on every keystroke. */
function formatsFor(locale: string): NumberFormats {
  const known = formats.get(locale);
  if (known) return known;
  const made = {
    integer: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
    decimal: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    percent: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
  };
  formats.set(locale, made);
  return made;
}

/**
 * A value the way its unit is read, in the language of the text it stands in (not the interface's):
 * an Arabic section shows Arabic digits even when the interface is in English.
 */
export function formatFigureValue(unit: Unit, value: number, locale: NarrativeLocale, t: Translate): string {
  const f = formatsFor(locale);
  if (unit === 'percent') return f.percent.format(value / 100);
  if (unit === 'ynp') return t(value >= 1 ? 'narrative.answer.yes' : value > 0 ? 'narrative.answer.partial' : 'narrative.answer.no');
  if (unit === 'count') return f.integer.format(value);
  return f.decimal.format(value);
}

/** A whole number in a language's own digits (a source's number in an Arabic report is Arabic too). */
export function formatInteger(n: number, locale: NarrativeLocale): string {
  return formatsFor(locale).integer.format(n);
}

export { isolated };

/** "2024, provisional, Annual population estimates": the period, its status and the source, as profiles cite. */
export function figureDetail(figure: CitedFigure, locale: NarrativeLocale, t: Translate): string {
  const flags = [
    figure.flags.provisional ? t('narrative.flags.provisional') : null,
    figure.flags.estimate ? t('narrative.flags.estimate') : null,
    figure.flags.confidential ? t('narrative.flags.confidential') : null,
  ].filter((flag): flag is string => flag !== null);
  const period = flags.length === 0 ? figure.period : t('narrative.figure.flaggedPeriod', { period: figure.period, flags: flags.join(t('narrative.figure.listSeparator')) });
  return t('narrative.figure.detail', { period, source: isolated(sourceName(figure.source, locale)) });
}

/** A value as something shared may show it: confidential ones withheld, small counts of people as "fewer than 10". */
export function sharedFigureValue(
  figure: { unit: Unit; value: number; flags: { confidential: boolean } },
  countsPeople: boolean,
  locale: NarrativeLocale,
  t: Translate,
): string {
  const rule = shareable({ unit: figure.unit, value: figure.value, confidential: figure.flags.confidential }, countsPeople);
  if (rule.show === 'withheld') return t('report.withheld');
  if (rule.show === 'fewer-than') return t('report.fewerThan', { threshold: formatInteger(rule.threshold, locale) });
  return formatFigureValue(figure.unit, figure.value, locale, t);
}
