import { Document, HeadingLevel, Packer, Paragraph, type Table, TextRun } from 'docx';
import { notTranslatedNote, type OutlinePart, type PaperOutline } from '../../../shared/paper/paper-outline';
import { documentStyles, textLook, type TextLook } from './docx-look';
import { markdownParagraphs, type MarkdownContext } from './docx-markdown';
import { measuresTable, participantsTable } from './docx-tables';
import { withRightToLeftSection } from './section-bidi';

/**
 * The priority paper as a Word document, written from its outline (shared/paper/paper-outline.ts) by
 * the docx package — never by hand — so that the file is what Word and LibreOffice expect: real
 * heading styles (the navigation pane lists the sections), real lists and tables, and in Arabic a
 * right-to-left document throughout (paragraphs, runs, tables and the section).
 */

type Body = Paragraph | Table;

function note(text: string, look: TextLook): Paragraph {
  return new Paragraph({ ...look.paragraph, children: [new TextRun({ ...look.run, text, italics: true, italicsComplexScript: true, color: '595959' })] });
}

function plain(text: string, look: TextLook): Paragraph {
  return new Paragraph({ ...look.paragraph, children: [new TextRun({ ...look.run, text })] });
}

/** `textLook` is the heading text's own language when it differs (a title that fell back): the paragraph keeps the document's direction. */
function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], look: TextLook, textLook: TextLook = look): Paragraph {
  return new Paragraph({ ...look.paragraph, heading: level, children: [new TextRun({ ...textLook.run, text })] });
}

function partBody(part: OutlinePart, outline: PaperOutline, look: TextLook, nextList: () => number): Body[] {
  const words = outline.words;
  const body = part.body;
  switch (body.kind) {
    case 'text': {
      if (body.text.empty) return [note(words.notWritten, look)];
      // A text that fell back keeps its own language's direction, with a note in the paper's language.
      const marker = body.text.fallback ? [note(notTranslatedNote(outline.locale, body.text.locale), look)] : [];
      const context: MarkdownContext = { look: textLook(body.text.locale), figures: outline.figures, figureMissing: words.figureMissing, topHeading: part.heading === null ? 2 : 3, nextList };
      return [...marker, ...markdownParagraphs(body.text.blocks, context)];
    }
    case 'names':
      return [plain(body.names.length === 0 ? words.none : body.names.join(words.listSeparator), look)];
    case 'measures':
      return body.rows.length === 0 ? [plain(words.none, look)] : [measuresTable(body.columns, body.rows, look)];
    case 'participants':
      return body.rows.length === 0 ? [plain(words.none, look)] : [participantsTable(body.columns, body.rows, body.total, look)];
    case 'date':
      return [plain(body.date ?? words.noDate, look)];
  }
}

function documentBody(outline: PaperOutline, look: TextLook): Body[] {
  let lists = 0;
  const nextList = () => ++lists;
  const out: Body[] = [
    heading(outline.title, HeadingLevel.TITLE, look),
    new Paragraph({ ...look.paragraph, children: [new TextRun({ ...look.run, text: outline.city, bold: true, boldComplexScript: true }), new TextRun({ ...look.run, text: ` — ${outline.date}` })] }),
  ];
  for (const section of outline.sections) {
    out.push(heading(section.heading, HeadingLevel.HEADING_1, look, textLook(section.headingLocale)));
    if (section.headingFallback) out.push(note(notTranslatedNote(outline.locale, section.headingLocale), look));
    for (const part of section.parts) {
      if (part.heading !== null) out.push(heading(part.heading, HeadingLevel.HEADING_2, look));
      out.push(...partBody(part, outline, look, nextList));
    }
  }
  return out;
}

/** The paper as DOCX bytes, in the outline's language. */
export async function writePaperDocx(outline: PaperOutline): Promise<Uint8Array> {
  const look = textLook(outline.locale);
  const doc = new Document({
    title: `${outline.title} — ${outline.city}`,
    creator: 'Focal',
    styles: documentStyles(look),
    sections: [{ children: documentBody(outline, look) }],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  return look.rtl ? withRightToLeftSection(bytes) : bytes;
}
