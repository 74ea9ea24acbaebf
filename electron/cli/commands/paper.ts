import { extname, resolve } from 'node:path';
import { uiLocales } from '../../../shared/domain/locales';
import { writeFileAtomic } from '../../core/index';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';

export const paperOptions = {
  out: { type: 'string' },
  locale: { type: 'string' },
  version: { type: 'string' },
} as const;

/** `focal paper export --out FILE.docx [--locale en|fr|ar] [--version NAME]`: the priority paper as a Word document. */
export async function runPaperExport(ctx: CommandContext, values: { out?: string | undefined; locale?: string | undefined; version?: string | undefined }): Promise<void> {
  if (!values.out) throw new CliError('paper export needs --out FILE.docx', 'usage');
  if (extname(values.out).toLowerCase() !== '.docx') throw new CliError('--out must name a .docx file', 'usage');
  const locale = uiLocales.find((l) => l === (values.locale ?? 'en'));
  if (!locale) throw new CliError('--locale must be en, fr or ar', 'usage');
  if (!ctx.hasStore()) throw new CliError(`No Focal data folder at ${ctx.dataDir}: nothing to export (run focal init first).`, 'failure');
  const session = ctx.open();
  try {
    let version: string | undefined;
    if (values.version !== undefined) {
      const { versions } = await session.call('paper.get', {});
      const named = versions.find((v) => v.name === values.version);
      if (!named) {
        const known = versions.map((v) => `"${v.name}"`).join(', ');
        throw new CliError(`There is no version named "${values.version}"${known ? ` (versions: ${known})` : ' (the paper has no saved versions)'}.`, 'failure');
      }
      version = named.uid;
    }
    const file = await session.call('paper.exportDocx', { locale, ...(version === undefined ? {} : { version }) });
    const path = resolve(values.out);
    writeFileAtomic(path, Buffer.from(file.base64, 'base64'));
    ctx.print(ctx.json ? { file: path, locale, version: values.version ?? null } : `Exported the priority paper${values.version ? ` (version "${values.version}")` : ''} in ${locale} to ${path}.`);
  } finally {
    session.core.close();
  }
}
