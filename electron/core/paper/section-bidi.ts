import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Marks the document's section right-to-left (`<w:bidi/>` in its `w:sectPr`), which the docx
 * package has no option for: Word then lays out the section's columns, gutter and page-number
 * position from the right, as an Arabic document expects. Everything else in the file is the docx
 * package's own; this adds one empty element where the schema places it — after `w:textDirection`
 * and before `w:docGrid`, which the package always writes — and refuses a layout it does not know.
 */
export function withRightToLeftSection(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const part = files['word/document.xml'];
  if (part === undefined) throw new Error('The DOCX has no word/document.xml.');
  const xml = strFromU8(part);
  const sections = xml.split('<w:sectPr').length - 1;
  const sectionStart = xml.lastIndexOf('<w:sectPr');
  const grid = xml.indexOf('<w:docGrid', sectionStart);
  const sectionEnd = xml.indexOf('</w:sectPr>', sectionStart);
  if (sections !== 1 || grid < 0 || sectionEnd < grid) throw new Error('The DOCX section is not laid out as expected: cannot mark it right-to-left.');
  files['word/document.xml'] = strToU8(`${xml.slice(0, grid)}<w:bidi/>${xml.slice(grid)}`);
  return zipSync(files, { level: 6 });
}
