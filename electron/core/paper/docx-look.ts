import { type IParagraphOptions, type IRunOptions } from 'docx';
import { directionOf, type UiLocale } from '../../../shared/domain/locales';

/**
 * How text in one language is set in the DOCX: its direction and language tag, and for Arabic a
 * font for complex scripts. Every paragraph and run carries these itself rather than relying on the
 * document defaults alone, because a text that fell back to another language (an English priority
 * in the Arabic paper) must run left-to-right inside a right-to-left document, and Word decides the
 * direction of each paragraph from its own properties.
 */

/** The language Word spell-checks and shapes a text in: one regional tag per interface language. */
export const wordLanguage: Readonly<Record<UiLocale, string>> = { en: 'en-GB', fr: 'fr-FR', ar: 'ar-SA' };

/**
 * The document's one font, named for Latin and for Arabic (complex-script) text alike, so a source
 * title in Latin letters inside an Arabic sentence matches it. Arial carries Arabic glyphs on Windows and macOS,
 * where most focal points open Word; LibreOffice on Linux maps it to Liberation Sans and, lacking
 * Arabic there, takes the glyphs from an installed Arabic font (DejaVu Sans, or Noto Naskh Arabic
 * where fonts-noto-core is installed) — test/unit/paper-docx-libreoffice.test.ts renders it. A font
 * Word does not have, such as Noto Naskh Arabic, would be substituted silently on most machines.
 */
export const documentFont = 'Arial';

export interface TextLook {
  locale: UiLocale;
  rtl: boolean;
  paragraph: Pick<IParagraphOptions, 'bidirectional'>;
  run: Pick<IRunOptions, 'rightToLeft' | 'font' | 'language'>;
}

export function textLook(locale: UiLocale): TextLook {
  const rtl = directionOf(locale) === 'rtl';
  const language = wordLanguage[locale];
  return {
    locale,
    rtl,
    paragraph: { bidirectional: rtl },
    // `rightToLeft: false` is written out too: a left-to-right run inside the Arabic document would
    // otherwise inherit the document default's right-to-left.
    run: rtl ? { rightToLeft: true, font: { cs: documentFont, hint: 'cs' }, language: { value: language, bidirectional: language } } : { rightToLeft: false, language: { value: language } },
  };
}
