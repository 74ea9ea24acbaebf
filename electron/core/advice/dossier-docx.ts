import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { AdviceDossier, ShownText } from '../../../shared/advice/advice-dossier';
import { notTranslatedNote } from '../../../shared/paper/paper-outline';
import { documentStyles, textLook, type TextLook } from '../paper/docx-look';
import { withRightToLeftSection } from '../paper/section-bidi';

/**
 * The advice dossier as a Word document, through the same docx path as the priority paper
 * (paper-docx.ts): real headings, each text set in its own language and direction, and in Arabic a
 * right-to-left document throughout.
 */

function run(text: string, look: TextLook, extra: { bold?: boolean; italics?: boolean; color?: string } = {}): TextRun {
  return new TextRun({ ...look.run, text, bold: extra.bold, boldComplexScript: extra.bold, italics: extra.italics, italicsComplexScript: extra.italics, color: extra.color });
}

/** A paragraph per line: advice is plain text whose line breaks the writer meant. */
function paragraphs(text: string, look: TextLook, style?: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => new Paragraph({ ...look.paragraph, style, children: [run(line, look)] }));
}

function shownText(text: ShownText | null, dossier: AdviceDossier, look: TextLook): Paragraph[] {
  if (!text) return [];
  const note = text.fallback ? [new Paragraph({ ...look.paragraph, children: [run(notTranslatedNote(dossier.locale, text.locale), look, { italics: true, color: '595959' })] })] : [];
  // A text in another language keeps its own direction inside the document.
  return [...note, ...paragraphs(text.text, textLook(text.locale))];
}

function body(dossier: AdviceDossier, look: TextLook): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ ...look.paragraph, heading: HeadingLevel.TITLE, children: [run(dossier.title, look)] }),
    new Paragraph({ ...look.paragraph, children: [run(dossier.city, look, { bold: true }), run(` — ${dossier.date}`, look)] }),
    new Paragraph({ ...look.paragraph, children: [run(`${dossier.topic} · ${dossier.count}`, look)] }),
  ];
  if (dossier.entries.length === 0) out.push(new Paragraph({ ...look.paragraph, children: [run(dossier.words.none, look)] }));
  for (const entry of dossier.entries) {
    out.push(new Paragraph({ ...look.paragraph, heading: HeadingLevel.HEADING_1, children: [run(entry.heading.text, textLook(entry.heading.locale))] }));
    out.push(new Paragraph({ ...look.paragraph, children: [run(entry.from, look, { bold: true })] }));
    out.push(new Paragraph({ ...look.paragraph, children: [run(entry.meta, look, { color: '595959' })] }));
    if (entry.itemNote) out.push(new Paragraph({ ...look.paragraph, children: [run(entry.itemNote, look, { italics: true })] }));
    out.push(...shownText(entry.text, dossier, look));
    if (entry.quote) {
      out.push(new Paragraph({ ...look.paragraph, children: [run(dossier.words.quote, look, { bold: true })] }));
      out.push(...paragraphs(entry.quote, look, 'Quote'));
    }
    if (entry.reference) out.push(new Paragraph({ ...look.paragraph, children: [run(`${dossier.words.reference}: `, look, { bold: true }), run(entry.reference, look)] }));
    out.push(new Paragraph({ ...look.paragraph, heading: HeadingLevel.HEADING_2, children: [run(dossier.words.thread, look)] }));
    if (entry.thread.length === 0) out.push(new Paragraph({ ...look.paragraph, children: [run(dossier.words.noAnswer, look, { italics: true })] }));
    for (const reply of entry.thread) {
      out.push(new Paragraph({ ...look.paragraph, children: [run(`${reply.act} — ${reply.who}, ${reply.when}`, look, { bold: true })] }));
      out.push(...shownText(reply.text, dossier, look));
    }
    if (entry.learning) {
      out.push(new Paragraph({ ...look.paragraph, heading: HeadingLevel.HEADING_2, children: [run(dossier.words.learning, look)] }));
      out.push(...shownText(entry.learning.text, dossier, look));
      if (entry.learning.commitments.length > 0) {
        out.push(new Paragraph({ ...look.paragraph, children: [run(dossier.words.ledTo, look, { bold: true })] }));
        for (const title of entry.learning.commitments) out.push(new Paragraph({ ...look.paragraph, bullet: { level: 0 }, children: [run(title, look)] }));
      }
    }
  }
  return out;
}

/** The dossier as DOCX bytes, in its language. */
export async function writeDossierDocx(dossier: AdviceDossier): Promise<Uint8Array> {
  const look = textLook(dossier.locale);
  const doc = new Document({
    title: `${dossier.title} — ${dossier.city}`,
    creator: 'Focal',
    styles: documentStyles(look),
    sections: [{ children: body(dossier, look) }],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  return look.rtl ? withRightToLeftSection(bytes) : bytes;
}
