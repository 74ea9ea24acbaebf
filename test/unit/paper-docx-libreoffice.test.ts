import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePaperDocx } from '../../electron/core/paper/paper-docx';
import { paperOutline } from '../../shared/paper/paper-outline';
import { sampleOutlineInput } from '../support/sample-paper';
import { tempDir } from '../support/temp-core';

/**
 * A real word processor opens the paper: LibreOffice Writer converts the DOCX to PDF, and the PDF's
 * text (poppler's pdftotext) must hold the paper's headings and a live figure's value, in English
 * and in Arabic. Writer also saves it as ODT, whose XML says how it understood the structure: the
 * headings' outline levels (what its navigator and Word's navigation pane list) and, in Arabic, a
 * right-to-left page and tables. CI installs both tools (.ci/run); elsewhere the test skips and says
 * what to install.
 */

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

const soffice = onPath('soffice');
const pdftotext = onPath('pdftotext');

/**
 * Text as compared: Arabic presentation forms folded to letters (NFKC), and the direction marks
 * pdftotext wraps right-to-left lines in dropped. Arabic extraction still reorders lam-alef
 * ligatures, so the words checked below avoid them.
 */
function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

describe('the paper as DOCX, opened by LibreOffice Writer', () => {
  if (!soffice || !pdftotext) {
    it.skip('skipped: LibreOffice Writer (soffice) or pdftotext is not installed here — apt-get install libreoffice-writer-nogui poppler-utils (CI installs them)', () => {});
    return;
  }
  const sofficePath = soffice;
  const pdftotextPath = pdftotext;
  const folder = tempDir('focal-paper-docx-');
  afterAll(() => folder.remove());
  const pdfText: Record<string, string> = {};
  const odt: Record<string, { content: string; styles: string }> = {};

  beforeAll(async () => {
    const files: string[] = [];
    for (const locale of ['en', 'ar'] as const) {
      const file = join(folder.dir, `paper-${locale}.docx`);
      writeFileSync(file, await writePaperDocx(paperOutline(sampleOutlineInput(locale))));
      files.push(file);
    }
    // A profile of its own, so that this run never hands the work to another soffice on the machine.
    const profile = pathToFileURL(join(folder.dir, 'profile')).href;
    const convert = (format: string) => {
      const run = spawnSync(sofficePath, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', folder.dir, ...files], { encoding: 'utf8', timeout: 120_000 });
      if (run.status !== 0) throw new Error(`soffice failed (${run.status ?? run.signal}): ${run.stderr}`);
      return run;
    };
    const run = convert('pdf');
    convert('odt');
    for (const locale of ['en', 'ar']) {
      const parts = unzipSync(readFileSync(join(folder.dir, `paper-${locale}.odt`)), { filter: (entry) => entry.name === 'content.xml' || entry.name === 'styles.xml' });
      odt[locale] = { content: strFromU8(parts['content.xml'] ?? new Uint8Array()), styles: strFromU8(parts['styles.xml'] ?? new Uint8Array()) };
      const pdf = join(folder.dir, `paper-${locale}.pdf`);
      // Without the Writer component soffice exits 0 and writes nothing ("no export filter").
      if (!existsSync(pdf)) throw new Error(`soffice made no PDF of paper-${locale}.docx — is libreoffice-writer-nogui installed? ${run.stdout} ${run.stderr}`);
      const text = spawnSync(pdftotextPath, [pdf, '-'], { encoding: 'utf8', timeout: 60_000 });
      if (text.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${text.stderr}`);
      pdfText[locale] = comparable(text.stdout);
    }
  }, 240_000);

  it('in English: the title, the headings and the live figures as printed', () => {
    const text = pdfText.en ?? '';
    for (const heading of ['Priority paper', 'Context', 'Access to housing', 'Problem', 'Evidence', 'Measures', 'Responsible actors', 'Validation', 'Participants']) expect(text).toContain(heading);
    expect(text).toContain('12,400 (2024, INS census)');
    expect(text).toContain('[figure not available]');
    expect(text).toContain('One-stop housing desk');
  });

  it('in Arabic: the headings’ words and the figure’s value', () => {
    const text = pdfText.ar ?? '';
    for (const word of ['السياق', 'المشكلة', 'التدابير', 'المخاطر', 'السكن', 'الصحية']) expect(text).toContain(word);
    expect(text).toContain(new Intl.NumberFormat('ar', { maximumFractionDigits: 0 }).format(12400));
    expect(text).toContain('شباك موحد للسكن');
  });

  it('reads the headings as outline levels and, in Arabic, lays the page and the tables out right to left', () => {
    const headings = (locale: string) =>
      [...(odt[locale]?.content ?? '').matchAll(/<text:h [^>]*text:outline-level="(\d)"[^>]*>([\s\S]*?)<\/text:h>/g)].map((m) => `${m[1] ?? ''} ${(m[2] ?? '').replace(/<[^>]+>/g, '')}`);
    expect(headings('en').slice(0, 4)).toEqual(['1 Context', '1 Access to housing', '2 Problem', '2 Evidence']);
    expect(headings('ar').slice(0, 4)).toEqual(['1 السياق', '1 الحصول على السكن', '2 المشكلة', '2 الأدلة']);
    expect(headings('ar').filter((h) => h.startsWith('1 '))).toHaveLength(5);
    const pageModes = (locale: string) => [...(odt[locale]?.styles ?? '').matchAll(/<style:page-layout-properties [^>]*style:writing-mode="([^"]+)"/g)].map((m) => m[1]);
    expect(pageModes('en')).toEqual(['lr-tb']);
    expect(pageModes('ar')).toEqual(['rl-tb']);
    const tableModes = [...(odt.ar?.content ?? '').matchAll(/<style:table-properties [^>]*style:writing-mode="([^"]+)"/g)].map((m) => m[1]);
    expect(tableModes).toEqual(['rl-tb', 'rl-tb', 'rl-tb']);
  });
});
