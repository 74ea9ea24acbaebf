import type { NarrativeLocale } from '../../../../../shared/domain/narrative';
import { directionOf } from '../../../../../shared/domain/locales';
import type { Translate } from '../narrative/figure-words';

/** CSS counter styles for the numbering systems Intl may choose for the report's languages. */
const counterStyles: Readonly<Record<string, string>> = { latn: 'decimal', arab: 'arabic-indic', arabext: 'persian' };

const pageMark = '\uE000';
const pagesMark = '\uE001';

/** A CSS string literal: quotes and backslashes escaped, and no "<" that could close the style element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/</g, '\\3c ').replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * The printed report's running header (city and title) and footer ("Page 3 of 12"), as CSS page
 * margin boxes: Chromium draws them in the desktop app's PDF and in a browser's print dialog alike,
 * so both print the same pages. The words come from the report's language; the numbers are CSS
 * counters, in the digits Intl gives the report's other numbers. The cover has neither.
 */
export function pageRules(locale: NarrativeLocale, t: Translate, header: string): string {
  // The same digits as every other number of the report: whatever Intl writes for this language.
  const counterStyle = counterStyles[new Intl.NumberFormat(locale).resolvedOptions().numberingSystem] ?? 'decimal';
  const template = t('report.pageOf', { page: pageMark, pages: pagesMark });
  const footer = template
    .split(new RegExp(`(${pageMark}|${pagesMark})`))
    .filter((piece) => piece !== '')
    .map((piece) => (piece === pageMark ? `counter(page, ${counterStyle})` : piece === pagesMark ? `counter(pages, ${counterStyle})` : cssString(piece)))
    .join(' ');
  const box = `font-family: system-ui, 'Noto Sans', 'Noto Sans Arabic', sans-serif; font-size: 8.5pt; color: #5b6770; direction: ${directionOf(locale)};`;
  return `@media print {
  @page { @top-center { content: ${cssString(header)}; ${box} } @bottom-center { content: ${footer}; ${box} } }
  @page :first { @top-center { content: none; } @bottom-center { content: none; } }
}`;
}
