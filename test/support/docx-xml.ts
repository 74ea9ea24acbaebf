import { strFromU8, unzipSync } from 'fflate';

/**
 * Reading a DOCX the way the tests need: its parts as text, and the paragraphs of its body with
 * their style, their text and their raw XML. Regular expressions suffice because the docx package
 * writes one element per tag and never nests paragraphs.
 */

export interface DocxParagraph {
  style: string | null;
  text: string;
  xml: string;
}

export function docxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export function docxParagraphs(documentXml: string): DocxParagraph[] {
  return [...documentXml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)].map(([xml]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? null,
    text: unescapeXml([...xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('')),
    xml,
  }));
}

/** The runs of a piece of XML, each with its raw XML. */
export function docxRuns(xml: string): string[] {
  return [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map(([run]) => run);
}
