import { type IParagraphOptions, type IRunOptions, type IStylesOptions } from 'docx';
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

function headingStyle(outlineLevel: number, size: number) {
  // The outline level is what Word's navigation pane and LibreOffice's navigator read.
  return { paragraph: { outlineLevel, keepNext: true, spacing: { before: 240, after: 120 } }, run: { size, sizeComplexScript: size, bold: true, boldComplexScript: true, color: '1F3864' } };
}

/**
 * The styles of Focal's Word documents (the priority paper, the advice dossier): the one font, the
 * body size, real heading styles and a Quote style, in the document's language and direction.
 */
export function documentStyles(look: TextLook): IStylesOptions {
  // Arabic reads small at the size of Latin text; an organisation's Latin name inside the Arabic
  // document takes the same size, so the two scripts sit evenly on a line.
  const bodySize = look.rtl ? 24 : 22;
  return {
    default: {
      document: { run: { ...look.run, font: { ascii: documentFont, hAnsi: documentFont, cs: documentFont }, size: bodySize, sizeComplexScript: bodySize }, paragraph: { ...look.paragraph, spacing: { after: 120 } } },
      title: { run: { size: 48, sizeComplexScript: 48, bold: true, boldComplexScript: true } },
      heading1: headingStyle(0, 32),
      heading2: headingStyle(1, 26),
      heading3: headingStyle(2, 24),
      heading4: headingStyle(3, 22),
    },
    paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, italicsComplexScript: true, color: '404040' } }],
  };
}
