import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { freshCoreForEachTest } from '../support/temp-core';

/**
 * The advice dossier for a peer meeting (issue 11): the advice on a topic, its answers and what
 * changed, in one language — on screen as an outline, and as a Word document that LibreOffice
 * opens, right to left in Arabic.
 */

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

const comparable = (text: string) => text.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

describe('the advice dossier', () => {
  const current = freshCoreForEachTest();

  it('lists the advice exchanged on a topic with its thread and learning record, drafts left out, in the language asked', async () => {
    const { t } = current;
    await t.call('city.createSample', {});
    const all = await t.call('advice.dossier', { locale: 'en' });
    expect(all.title).toBe('Peer advice dossier');
    expect(all.topic).toBe('All advice given and received');
    // Six pieces of advice in the sample, one of them a draft.
    expect(all.entries).toHaveLength(5);
    const housing = await t.call('advice.dossier', { locale: 'en', domain: 'housing' });
    expect(housing.topic).toBe('Policy domain: Housing');
    const guarantee = housing.entries.find((e) => e.reference.includes('rental guarantee'));
    expect(guarantee?.heading.text).toBe('Priority paper: Decent housing for refugee families');
    expect(guarantee?.from).toBe('Received by Sample city (demonstration) from Porto Sereno (sample) · Marta Silva (sample)');
    expect(guarantee?.thread.map((r) => r.act)).toEqual(['Reply', 'Accepted']);
    expect(guarantee?.learning?.commitments).toEqual(['Social housing for refugee families']);

    // In Arabic: the dossier's words in Arabic; a text with no Arabic is shown in its own language, marked.
    const arabic = await t.call('advice.dossier', { locale: 'ar', peer: 'wadi-nour' });
    expect(arabic.direction).toBe('rtl');
    expect(arabic.title).toBe('ملف المشورة بين النظراء');
    expect(arabic.entries.every((e) => e.text?.locale === 'ar' && !e.text.fallback)).toBe(true);
    const porto = await t.call('advice.dossier', { locale: 'ar', peer: 'porto-sereno' });
    expect(porto.entries.some((e) => e.text?.fallback === true && e.text.locale === 'en')).toBe(true);

    await expect(t.call('advice.dossier', { locale: 'en', peer: 'atlantis' })).rejects.toThrow('no peer city');
    await expect(t.call('advice.dossier', { locale: 'en', domain: 'space' })).rejects.toThrow('no policy domain');
  });

  const soffice = onPath('soffice');
  const pdftotext = onPath('pdftotext');
  if (!soffice || !pdftotext) {
    it.skip('skipped: LibreOffice Writer (soffice) or pdftotext is not installed here — apt-get install libreoffice-writer-nogui poppler-utils (CI installs them)', () => {});
    return;
  }
  const sofficePath = soffice;
  const pdftotextPath = pdftotext;

  it('as DOCX, opens in LibreOffice with its headings as outline levels, right to left in Arabic', async () => {
    const { t, dir } = current;
    await t.call('city.createSample', {});
    const files: string[] = [];
    for (const locale of ['en', 'ar'] as const) {
      const docx = await t.call('advice.dossierDocx', { locale });
      expect(docx.name).toBe(`sample-city-advice-dossier-all-${locale}.docx`);
      const file = join(dir, `dossier-${locale}.docx`);
      writeFileSync(file, Buffer.from(docx.base64, 'base64'));
      files.push(file);
    }
    const profile = pathToFileURL(join(dir, 'profile')).href;
    for (const format of ['pdf', 'odt']) {
      const run = spawnSync(sofficePath, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', dir, ...files], { encoding: 'utf8', timeout: 120_000 });
      expect(run.status, run.stderr).toBe(0);
    }
    const text = (locale: string) => comparable(spawnSync(pdftotextPath, [join(dir, `dossier-${locale}.pdf`), '-'], { encoding: 'utf8' }).stdout);
    const english = text('en');
    for (const words of ['Peer advice dossier', 'Decent housing for refugee families', 'Answers', 'What changed because of it', 'Social housing for refugee families', 'rental guarantee fund']) expect(english).toContain(words);
    const arabic = text('ar');
    for (const words of ['ملف المشورة بين النظراء', 'الردود', 'التسرب المدرسي']) expect(arabic).toContain(words);

    const content = (locale: string) => strFromU8(unzipSync(readFileSync(join(dir, `dossier-${locale}.odt`)), { filter: (e) => e.name === 'content.xml' })['content.xml'] ?? new Uint8Array());
    const styles = (locale: string) => strFromU8(unzipSync(readFileSync(join(dir, `dossier-${locale}.odt`)), { filter: (e) => e.name === 'styles.xml' })['styles.xml'] ?? new Uint8Array());
    const headings = [...content('en').matchAll(/<text:h [^>]*text:outline-level="(\d)"[^>]*>([\s\S]*?)<\/text:h>/g)].map((m) => `${m[1] ?? ''} ${(m[2] ?? '').replace(/<[^>]+>/g, '')}`);
    expect(headings.filter((h) => h.startsWith('1 '))).toHaveLength(5);
    expect(headings).toContain('2 Answers');
    expect([...styles('ar').matchAll(/<style:page-layout-properties [^>]*style:writing-mode="([^"]+)"/g)].map((m) => m[1])).toEqual(['rl-tb']);
  }, 240_000);
});
