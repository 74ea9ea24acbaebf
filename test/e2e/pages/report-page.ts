import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * What a PDF says: the text of each page as pdf.js reads it from the glyphs (in the order they were
 * drawn), and the titles of its outline (the bookmarks Chromium makes from the headings).
 *
 * The outline matters for Arabic: Noto Sans Arabic draws a dotted letter as a dotless skeleton plus
 * separate dot glyphs that have no Unicode mapping, and Chromium writes no ActualText for them, so no
 * extractor (pdf.js or poppler) can read Arabic words back from the glyphs. Outline titles are stored
 * as Unicode strings, so they carry the Arabic headings exactly.
 */
export interface PdfText {
  pages: string[];
  outline: string[];
}

/**
 * Text for comparing with what a PDF holds: Arabic presentation forms folded back to letters
 * (NFKC), and spaces and bidi controls dropped, because a PDF keeps glyphs and positions, not words.
 */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u200e\u200f\u2066-\u2069]/g, '');
}

/**
 * Whether the PDF holds the text. Right-to-left lines are drawn left to right, so an Arabic phrase
 * comes out of the PDF reversed; either order counts.
 */
export function pdfHolds(pdf: PdfText, text: string): boolean {
  const all = comparable(pdf.pages.join(''));
  const wanted = comparable(text);
  return all.includes(wanted) || all.includes([...wanted].reverse().join(''));
}

interface OutlineItem {
  title: string;
  items: OutlineItem[];
}

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[\s()[\].,،:]+/)
    .filter((word) => word !== '');
}

/**
 * Whether a bookmark of the PDF carries the heading, word for word. Chromium writes right-to-left
 * headings with their words in visual order, sometimes twice over without a space, so each word is
 * looked for rather than the whole string.
 */
export function outlineHas(pdf: PdfText, heading: string): boolean {
  const wanted = words(heading);
  return pdf.outline.some((title) => {
    const text = title.normalize('NFKC');
    return wanted.every((word) => text.includes(word));
  });
}

async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const document = await getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  const outline: string[] = [];
  const visit = (items: readonly OutlineItem[]) => {
    for (const item of items) {
      outline.push(item.title);
      visit(item.items);
    }
  };
  visit((await document.getOutline()) ?? []);
  await document.destroy();
  return { pages, outline };
}

/** The Report tab of the migration profile: its language, the printable document, its PDF. */
export class ReportPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Report' }).click();
    await this.waitUntilReady();
  }

  document() {
    return this.page.getByTestId('report');
  }

  async chooseLanguage(ownName: 'English' | 'Français' | 'العربية'): Promise<void> {
    await this.page.locator('.report-controls').getByRole('button', { name: ownName }).click();
    await expect(this.page.locator('.report-controls').getByRole('button', { name: ownName })).toHaveAttribute('aria-pressed', 'true');
    await this.waitUntilReady();
  }

  /** Every figure cited by the report has been resolved from the data. */
  async waitUntilReady(): Promise<void> {
    await expect(this.document()).toHaveAttribute('data-state', 'ready');
  }

  printButton() {
    return this.page.getByTestId('report-print');
  }

  section(code: string) {
    return this.page.locator(`section[aria-labelledby="report-section-${code}"]`);
  }

  /**
   * Prints the page to an A4 PDF the way Chromium prints it (print stylesheet applied), with the
   * outline and tags the desktop app asks Electron for too, and reads it back.
   */
  async printToPdf(name?: string): Promise<PdfText> {
    const bytes = await this.page.pdf({ format: 'A4', outline: true, tagged: true });
    // FOCAL_REPORT_PDFS=<folder> keeps the PDFs, to look at the pages (docs/screenshots come from them).
    const keep = process.env.FOCAL_REPORT_PDFS;
    if (keep && name) writeFileSync(join(keep, `${name}.pdf`), bytes);
    return readPdf(new Uint8Array(bytes));
  }

  /** The citations listed before printing because they find no figure, each "Section: reason {{…}}". */
  brokenCitations() {
    return this.page.getByTestId('report-broken').getByRole('listitem');
  }

  contents() {
    return this.page.getByTestId('report-contents');
  }
}
