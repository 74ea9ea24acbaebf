import type { UiLocale } from '../domain/locales';
import type { CitationAnswer, CitationProblem } from '../domain/narrative';
import { shareable } from '../domain/privacy';
import { fillWords, paperWords } from './paper-words';

/**
 * A cited figure as the paper prints it: its value in the text's language, its period (with its
 * status) and its source — "12,400 (2024, INS census)". The paper leaves the machine, so the
 * privacy rules of domain.md §7 apply: confidential values are withheld, small counts of people
 * read "fewer than 10".
 */
export type PaperFigure =
  | { found: true; value: string; period: string; source: string; /** "2024, INS census": period and source together. */ detail: string }
  | { found: false; problem: CitationProblem['problem'] };

/**
 * Numbers in the locale's own format, with the bare interface tag ('ar', not 'ar-SA') exactly as the
 * renderer's formatters use it, so the DOCX shows the digits the screen shows (today's ICU writes
 * Latin digits for 'ar'; an 'ar-SA' formatter would switch to Arabic-Indic ones).
 */
export function paperNumberFormat(locale: UiLocale, maximumFractionDigits = 0): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, { maximumFractionDigits });
}

function valueText(answer: Extract<CitationAnswer, { value: number }>, locale: UiLocale): string {
  const words = paperWords[locale];
  switch (answer.unit) {
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(answer.value / 100);
    case 'ynp':
      return answer.value >= 1 ? words.yes : answer.value > 0 ? words.partial : words.no;
    case 'count':
      return paperNumberFormat(locale).format(answer.value);
    default:
      return paperNumberFormat(locale, 1).format(answer.value);
  }
}

/** The figure in one language; `countsPeople` says whether its indicator counts people (small counts are suppressed). */
export function paperFigure(answer: CitationAnswer | undefined, locale: UiLocale, countsPeople: (indicator: string) => boolean): PaperFigure {
  if (answer === undefined) return { found: false, problem: 'no_data' };
  if ('problem' in answer) return { found: false, problem: answer.problem };
  const words = paperWords[locale];
  const rule = shareable({ unit: answer.unit, value: answer.value, confidential: answer.flags.confidential }, countsPeople(answer.indicator));
  const value =
    rule.show === 'withheld'
      ? words.withheld
      : rule.show === 'fewer-than'
        ? fillWords(words.fewerThan, { threshold: paperNumberFormat(locale).format(rule.threshold) })
        : valueText(answer, locale);
  const flags = [answer.flags.provisional ? words.provisional : null, answer.flags.estimate ? words.estimate : null].filter((flag): flag is string => flag !== null);
  const period = [answer.period, ...flags].join(words.listSeparator);
  const title = answer.source.titles[locale].trim();
  const source = title === '' ? answer.source.citation : title;
  return { found: true, value, period, source, detail: [period, source].filter((part) => part !== '').join(words.listSeparator) };
}
