import { AlignmentType, ExternalHyperlink, HeadingLevel, LevelFormat, Paragraph, type ParagraphChild, TextRun, type NumberingDefinition } from 'docx';
import { citationKey, type Block, type Inline } from '../../../shared/narrative';
import type { PaperFigure } from '../../../shared/paper/paper-figure';
import type { TextLook } from './docx-look';

/**
 * One Markdown text of the paper (the `Block[]` tree of shared/narrative) as DOCX paragraphs:
 * headings in Word's own heading styles, bold, italic and code runs, https and mailto links as
 * hyperlinks, bullet and numbered lists, quotes and rules. A cited figure is written as its value
 * with period and source; a citation the data cannot answer is written visibly as missing.
 */

export interface MarkdownContext {
  look: TextLook;
  figures: ReadonlyMap<string, PaperFigure>;
  figureMissing: string;
  /** The heading level a `#` heading becomes: one below the part it stands in. */
  topHeading: 2 | 3;
  /** Gives each list its own numbering instance, so every list counts from its own start. */
  nextList(): number;
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  code?: boolean;
  link?: boolean;
}

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
const codeFont = 'Consolas';
const maxListLevel = 8;

function run(text: string, style: RunStyle, c: MarkdownContext): TextRun {
  const look = c.look.run;
  return new TextRun({
    ...look,
    text,
    bold: style.bold,
    boldComplexScript: style.bold,
    italics: style.italics,
    italicsComplexScript: style.italics,
    // Code keeps the text's complex-script font, so Arabic inside backticks still has glyphs.
    font: style.code ? { ascii: codeFont, hAnsi: codeFont, cs: c.look.rtl ? undefined : codeFont } : look.font,
    style: style.link ? 'Hyperlink' : undefined,
  });
}

function citationRuns(key: string, style: RunStyle, c: MarkdownContext): TextRun[] {
  const figure = c.figures.get(key);
  if (figure === undefined || !figure.found) return [missingRun(c)];
  return [run(figure.value, { ...style, bold: true }, c), run(` (${figure.detail})`, style, c)];
}

/** A figure that cannot be shown: highlighted, so nobody prints it unnoticed. */
function missingRun(c: MarkdownContext): TextRun {
  return new TextRun({ ...c.look.run, text: c.figureMissing, highlight: 'yellow', bold: true, boldComplexScript: true });
}

function inlines(nodes: readonly Inline[], style: RunStyle, c: MarkdownContext): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [run(node.text, style, c)];
      case 'strong':
        return inlines(node.children, { ...style, bold: true }, c);
      case 'em':
        return inlines(node.children, { ...style, italics: true }, c);
      case 'code':
        return [run(node.text, { ...style, code: true }, c)];
      case 'break':
        return [new TextRun({ ...c.look.run, break: 1 })];
      case 'link': {
        // A link inside a link cannot be (the parser never nests them); its children are runs only.
        const children = inlines(node.children, { ...style, link: true }, c).filter((child) => child instanceof TextRun);
        return [new ExternalHyperlink({ link: node.href, children })];
      }
      case 'citation':
        return citationRuns(citationKey(node.citation), style, c);
      case 'bad-citation':
        return [missingRun(c)];
    }
  });
}

function bulletList(): NumberingDefinition {
  const marks = ['•', '◦', '▪'];
  return {
    reference: 'paper-bullets',
    levels: Array.from({ length: maxListLevel + 1 }, (_, level) => ({
      level,
      format: LevelFormat.BULLET,
      text: marks[level % marks.length],
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    })),
  };
}

/** Word numbers a list from its definition's start: one definition per start a text uses (`3.` lists count from 3). */
function numberedList(start: number): NumberingDefinition {
  return {
    reference: `paper-numbers-from-${start}`,
    levels: Array.from({ length: maxListLevel + 1 }, (_, level) => ({
      level,
      format: LevelFormat.DECIMAL,
      text: `%${level + 1}.`,
      start,
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    })),
  };
}

function paragraph(children: ParagraphChild[], c: MarkdownContext, extra: { quoteDepth: number }): Paragraph {
  return new Paragraph({
    ...c.look.paragraph,
    children,
    // `left` is the start side of a right-to-left paragraph in WordprocessingML, so quotes indent on the right in Arabic.
    ...(extra.quoteDepth > 0 ? { style: 'Quote', indent: { left: 567 * extra.quoteDepth } } : {}),
  });
}

function blocksAt(nodes: readonly Block[], c: MarkdownContext, quoteDepth: number, listLevel: number): Paragraph[] {
  return nodes.flatMap((node): Paragraph[] => {
    switch (node.type) {
      case 'heading':
        return [new Paragraph({ ...c.look.paragraph, heading: headingLevels[Math.min(c.topHeading + node.level - 1, 4) - 1], children: inlines(node.children, {}, c) })];
      case 'paragraph':
        return [paragraph(inlines(node.children, {}, c), c, { quoteDepth })];
      case 'quote':
        return blocksAt(node.children, c, quoteDepth + 1, listLevel);
      case 'rule':
        return [new Paragraph({ ...c.look.paragraph, thematicBreak: true, children: [] })];
      case 'list': {
        const definition = node.ordered ? numberedList(node.start) : bulletList();
        const instance = c.nextList();
        const level = Math.min(listLevel, maxListLevel);
        return node.items.flatMap((item) => {
          const [first, ...rest] = item;
          // The item's first paragraph carries the number; what follows in the item is indented under it.
          const head =
            first?.type === 'paragraph'
              ? new Paragraph({ ...c.look.paragraph, numbering: { reference: definition, level, instance }, children: inlines(first.children, {}, c) })
              : new Paragraph({ ...c.look.paragraph, numbering: { reference: definition, level, instance }, children: [] });
          const tail = first?.type === 'paragraph' ? rest : item;
          return [head, ...blocksAt(tail, c, quoteDepth, listLevel + 1)];
        });
      }
    }
  });
}

/** The paragraphs of one Markdown text. */
export function markdownParagraphs(blocks: readonly Block[], c: MarkdownContext): Paragraph[] {
  return blocksAt(blocks, c, 0, 0);
}
