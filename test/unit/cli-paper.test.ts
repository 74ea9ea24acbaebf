import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateApp } from '../../electron/cli/app-root';
import { runCli } from '../../electron/cli/run-cli';
import { tempDir } from '../support/temp-core';

async function focal(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, locateApp(), { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function documentXml(file: string): string {
  const part = unzipSync(readFileSync(file))['word/document.xml'];
  if (!part) throw new Error(`${file} has no word/document.xml`);
  return strFromU8(part);
}

describe('focal paper export', () => {
  let folder: ReturnType<typeof tempDir>;
  beforeEach(() => {
    folder = tempDir();
  });
  afterEach(() => folder.remove());

  it('writes the sample city’s paper as a Word document, in Arabic right to left, and any named version', async () => {
    expect((await focal('demo', '--data', folder.dir)).code).toBe(0);
    const arabic = join(folder.dir, 'paper-ar.docx');
    expect(await focal('paper', 'export', '--data', folder.dir, '--out', arabic, '--locale', 'ar')).toMatchObject({ code: 0, out: expect.stringMatching(/in ar to /) });
    const xml = documentXml(arabic);
    expect(xml).toContain('سكن لائق للأسر اللاجئة');
    expect(xml).toContain('<w:bidi/>');
    expect(xml).toContain('<w:rtl/>');
    // A live figure: the refugee households on the waiting list in the sample's latest year.
    expect(xml).toMatch(/>88</);

    const draft = join(folder.dir, 'draft.docx');
    expect((await focal('paper', 'export', '--data', folder.dir, '--out', draft, '--version', 'First draft')).code).toBe(0);
    const draftXml = documentXml(draft);
    expect(draftXml).toContain('Work for migrant women');
    // The third priority came after the first draft.
    expect(draftXml).not.toContain('Young migrants at school');
    expect(documentXml(arabic)).toContain('الشباب المهاجرون في المدرسة');
  });

  it('refuses an unknown version, a file that is not .docx or an unknown language, and writes nothing', async () => {
    expect((await focal('demo', '--data', folder.dir)).code).toBe(0);
    const out = join(folder.dir, 'paper.docx');
    expect(await focal('paper', 'export', '--data', folder.dir, '--out', out, '--version', 'Final')).toMatchObject({ code: 1, err: expect.stringMatching(/no version named "Final" \(versions: /) });
    expect(await focal('paper', 'export', '--data', folder.dir, '--out', join(folder.dir, 'paper.pdf'))).toMatchObject({ code: 2 });
    expect(await focal('paper', 'export', '--data', folder.dir, '--out', out, '--locale', 'es')).toMatchObject({ code: 2 });
    expect(await focal('paper', 'export', '--data', join(folder.dir, 'none'), '--out', out)).toMatchObject({ code: 1, err: expect.stringMatching(/No Focal data folder/) });
    expect(existsSync(out)).toBe(false);
  });
});
