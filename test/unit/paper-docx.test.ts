import { beforeAll, describe, expect, it } from 'vitest';
import { writePaperDocx } from '../../electron/core/paper/paper-docx';
import { paperOutline } from '../../shared/paper/paper-outline';
import { docxParagraphs, docxParts, docxRuns, type DocxParagraph } from '../support/docx-xml';
import { sampleOutlineInput } from '../support/sample-paper';

async function build(locale: 'en' | 'ar'): Promise<{ parts: Record<string, string>; paragraphs: DocxParagraph[]; document: string }> {
  const parts = docxParts(await writePaperDocx(paperOutline(sampleOutlineInput(locale))));
  const document = parts['word/document.xml'] ?? '';
  return { parts, paragraphs: docxParagraphs(document), document };
}

function styled(paragraphs: DocxParagraph[], style: string): string[] {
  return paragraphs.filter((p) => p.style === style).map((p) => p.text);
}

function containing(paragraphs: DocxParagraph[], text: string): DocxParagraph {
  const found = paragraphs.find((p) => p.text.includes(text));
  if (!found) throw new Error(`no paragraph holds "${text}"`);
  return found;
}

describe('the priority paper as DOCX, in English', () => {
  let doc: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    doc = await build('en');
  });

  it('has the title and the sections in Word’s own heading styles, which carry outline levels', () => {
    expect(styled(doc.paragraphs, 'Title')).toEqual(['Priority paper']);
    expect(styled(doc.paragraphs, 'Heading1')).toEqual(['Context', 'Access to housing', 'Health coverage', 'Emploi des jeunes', 'Validation']);
    expect(styled(doc.paragraphs, 'Heading2').slice(0, 7)).toEqual(['Problem', 'Evidence', 'Target groups', 'Measures', 'Responsible actors', 'Timeline', 'Risks']);
    expect(styled(doc.paragraphs, 'Heading2').slice(-3)).toEqual(['Date of the validation meeting', 'Participants', 'Decisions']);
    const styles = doc.parts['word/styles.xml'] ?? '';
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<w:outlineLvl w:val="0"\/>[\s\S]*?<\/w:style>/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading2">[\s\S]*?<w:outlineLvl w:val="1"\/>[\s\S]*?<\/w:style>/);
  });

  it('writes a live figure as its value, period and source, and a broken citation visibly as missing', () => {
    expect(containing(doc.paragraphs, 'Tunis counts').text).toBe('Tunis counts 12,400 (2024, INS census) residents; refugees are 3.5% (2024, INS census) of them.');
    expect(containing(doc.paragraphs, 'households on the waiting list').text).toBe('860 (2024, estimate, INS census) households on the waiting list');
    const missing = containing(doc.paragraphs, 'a figure no longer collected');
    expect(missing.text).toBe('a figure no longer collected: [figure not available]');
    expect(missing.xml).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]*?<w:t[^>]*>\[figure not available\]<\/w:t>/);
    // A malformed citation too: never its raw {{…}} marker.
    expect(containing(doc.paragraphs, 'a typo').text).toBe('a typo: [figure not available]');
    expect(doc.document).not.toContain('{{');
  });

  it('makes an https link a hyperlink to that address', () => {
    const paragraph = containing(doc.paragraphs, 'See the city plan');
    const id = /<w:hyperlink [^>]*r:id="([^"]+)"/.exec(paragraph.xml)?.[1];
    expect(id).toBeDefined();
    expect(paragraph.xml).toMatch(/<w:hyperlink [^>]*>[\s\S]*<w:rStyle w:val="Hyperlink"\/>[\s\S]*city plan/);
    const rels = doc.parts['word/_rels/document.xml.rels'] ?? '';
    expect(rels).toContain(`Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/plan?a=1&amp;b=2" TargetMode="External"`);
  });

  it('keeps markup-looking text as text: no raw <script>, every & escaped', () => {
    expect(containing(doc.paragraphs, 'See the city plan').text).toBe('See the city plan & the <script>alert(1)</script> "notes".');
    for (const [name, xml] of Object.entries(doc.parts)) {
      expect(xml, name).not.toMatch(/<script/i);
      expect(xml, name).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
    }
  });

  it('writes bold, italic and code runs, lists, quotes and rules', () => {
    const problem = containing(doc.paragraphs, 'Migrant households wait');
    expect(docxRuns(problem.xml).find((r) => r.includes('>two years<'))).toContain('<w:b/>');
    expect(docxRuns(problem.xml).find((r) => r.includes('>most<'))).toContain('<w:i/>');
    expect(docxRuns(containing(doc.paragraphs, 'Dar Al Amal').xml).find((r) => r.includes('Dar Al Amal'))).toContain('w:ascii="Consolas"');
    const numbering = doc.parts['word/numbering.xml'] ?? '';
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(containing(doc.paragraphs, 'Housing department').xml).toContain('<w:numPr>');
    expect(containing(doc.paragraphs, 'Funding may not follow.').style).toBe('Quote');
    expect(doc.paragraphs.some((p) => /<w:pBdr><w:bottom /.test(p.xml) && p.text === '')).toBe(true);
  });

  it('sets the measures and the participants as tables', () => {
    const tables = [...doc.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => docxParagraphs(t).map((p) => p.text));
    expect(tables).toEqual([
      ['Commitment', 'Status', 'Progress', 'One-stop housing desk', 'In progress', 'On track', 'Commitment no longer recorded', '', ''],
      ['Commitment', 'Status', 'Progress', 'Mobile clinic', 'Planned', 'Not started'],
      ['Organisation', 'People', 'Municipality of Tunis', '6', 'UNHCR', '2', 'جمعية دار الأمل', '4', 'Total', '12'],
    ]);
    expect(doc.document).not.toContain('<w:bidiVisual/>');
  });

  it('names the title and the language in the document’s properties', () => {
    expect(doc.parts['docProps/core.xml']).toContain('<dc:title>Priority paper — Tunis</dc:title>');
    expect(doc.parts['word/styles.xml']).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="en-GB"\/>[\s\S]*<\/w:docDefaults>/);
    expect(doc.parts['word/styles.xml']).toMatch(/<w:docDefaults>[\s\S]*<w:rFonts w:ascii="Arial" w:cs="Arial" w:hAnsi="Arial"\/>[\s\S]*<\/w:docDefaults>/);
    expect(doc.document).not.toMatch(/<w:bidi\/>|<w:rtl\/>/);
  });
});

describe('the priority paper as DOCX, in Arabic', () => {
  let doc: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    doc = await build('ar');
  });
  /** The one text without Arabic: the French priority the Arabic paper falls back to. */
  const frenchText = (p: DocxParagraph) => p.text === 'Les jeunes migrants restent sans emploi.';
  const frenchTitle = (p: DocxParagraph) => p.text === 'Emploi des jeunes';

  it('has the Arabic headings in the heading styles', () => {
    expect(styled(doc.paragraphs, 'Heading1')).toEqual(['السياق', 'الحصول على السكن', 'التغطية الصحية', 'Emploi des jeunes', 'المصادقة']);
    expect(styled(doc.paragraphs, 'Heading2').slice(0, 3)).toEqual(['المشكلة', 'الأدلة', 'الفئات المستهدفة']);
  });

  it('makes every paragraph bidirectional and every run right-to-left, but the text that fell back to French', () => {
    expect(doc.paragraphs.length).toBeGreaterThan(50);
    for (const p of doc.paragraphs.filter((q) => !frenchText(q))) {
      expect(p.xml, p.text).toMatch(/<w:pPr>[\s\S]*<w:bidi\/>[\s\S]*<\/w:pPr>/);
      if (frenchTitle(p)) continue;
      for (const run of docxRuns(p.xml)) expect(run, p.text).toContain('<w:rtl/>');
    }
    // The French title stands where Arabic headings stand (a right-to-left paragraph), written as French.
    expect(doc.paragraphs.find(frenchTitle)?.xml).toMatch(/<w:bidi\/>[\s\S]*<w:rtl w:val="false"\/><w:lang w:val="fr-FR"\/>/);
    const french = doc.paragraphs.find(frenchText);
    expect(french?.xml).toContain('<w:bidi w:val="false"/>');
    expect(french?.xml).toContain('<w:rtl w:val="false"/>');
    expect(french?.xml).toContain('<w:lang w:val="fr-FR"/>');
  });

  it('marks the section right-to-left and the tables visually right-to-left', () => {
    expect(doc.document).toMatch(/<w:sectPr>(?:(?!<\/w:sectPr>)[\s\S])*<w:bidi\/><w:docGrid [^>]*\/><\/w:sectPr><\/w:body>/);
    const tables = [...doc.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)];
    expect(tables).toHaveLength(3);
    for (const [table] of tables) expect(table).toMatch(/^<w:tbl><w:tblPr><w:bidiVisual\/>/);
  });

  it('names Arial for complex-script text and Arabic (Saudi Arabia) as the bidi language', () => {
    const runs = docxRuns(containing(doc.paragraphs, 'يبلغ عدد سكان تونس').xml);
    for (const run of runs) {
      expect(run).toContain('<w:rFonts w:cs="Arial" w:hint="cs"/>');
      expect(run).toContain('<w:lang w:val="ar-SA" w:bidi="ar-SA"/>');
    }
    expect(doc.parts['word/styles.xml']).toMatch(/<w:docDefaults>[\s\S]*<w:rtl\/><w:lang w:val="ar-SA" w:bidi="ar-SA"\/>[\s\S]*<w:bidi\/>[\s\S]*<\/w:docDefaults>/);
  });

  it('writes the figure in the digits the renderer uses for Arabic, with the source’s Arabic title', () => {
    const value = new Intl.NumberFormat('ar', { maximumFractionDigits: 0 }).format(12400);
    expect(containing(doc.paragraphs, 'يبلغ عدد سكان تونس').text).toContain(`${value} (2024، تعداد المعهد الوطني للإحصاء)`);
    expect(containing(doc.paragraphs, 'رقم لم يعد يُجمع').text).toContain('[الرقم غير متاح]');
  });
});

describe('Markdown inside the paper’s texts', () => {
  it('turns a text’s own headings into the heading level below the part, and numbers each list from its own start', async () => {
    const input = sampleOutlineInput('en');
    const context = '# Key figures\n\n1. one\n2. two\n   - nested\n\nBetween.\n\n1. again one\n\nMore.\n\n3. third\n4. fourth\n\n## Detail';
    const parts = docxParts(await writePaperDocx(paperOutline({ ...input, content: { ...input.content, context: { ...input.content.context, en: context } } })));
    const paragraphs = docxParagraphs(parts['word/document.xml'] ?? '');
    // The context summary has no sub-heading of its own: its `#` sits right under the section (Heading2).
    expect(containing(paragraphs, 'Key figures').style).toBe('Heading2');
    expect(containing(paragraphs, 'Detail').style).toBe('Heading3');
    const numId = (text: string) => /<w:numId w:val="(\d+)"\/>/.exec(containing(paragraphs, text).xml)?.[1];
    const level = (text: string) => /<w:ilvl w:val="(\d+)"\/>/.exec(containing(paragraphs, text).xml)?.[1];
    expect(numId('one')).toBe(numId('two'));
    // A list after other paragraphs counts from its own start again, not on from the list before.
    expect(numId('again one')).not.toBe(numId('one'));
    expect(numId('third')).toBe(numId('fourth'));
    expect([level('two'), level('nested')]).toEqual(['0', '1']);
    expect(parts['word/numbering.xml']).toContain('<w:start w:val="3"/>');
  });
});
