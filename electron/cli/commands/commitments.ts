import { commitmentTitle } from '../../../shared/domain/commitment';
import type { CommitmentView } from '../../../shared/domain/commitment-view';
import { extname, resolve } from 'node:path';
import { uiLocales } from '../../../shared/domain/locales';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { writeFileAtomic } from '../../core/index';
import { terminalTable } from '../terminal-text';

export const commitmentsOptions = {
  out: { type: 'string' },
  locale: { type: 'string' },
} as const;

/** A commitment as scripts read it: its id, its title in every language, and what the figures say. */
function forScripts(c: CommitmentView) {
  return {
    id: c.uid,
    title: { en: c.texts.en.title, fr: c.texts.fr.title, ar: c.texts.ar.title },
    status: c.status,
    statusReason: c.statusReason,
    owner: c.owner,
    start: c.start,
    due: c.due,
    overdue: c.overdue,
    progress: c.progress,
    domains: c.domains,
    targetGroups: c.targetGroups,
    tags: c.tags,
    targets: c.targets.map((target, i) => ({
      id: target.uid,
      indicator: target.indicator,
      breakdown: target.breakdown,
      baseline: target.baseline,
      target: target.target,
      direction: target.direction,
      progress: c.targetProgress[i]?.status ?? 'no_data',
      latest: c.targetProgress[i]?.latest ?? null,
    })),
    revision: c.revision,
  };
}

function table(list: readonly CommitmentView[]): string {
  return terminalTable(['DUE', 'STATUS', 'PROGRESS', 'TITLE', 'ID'], list.map((c) => [c.due ?? '—', c.status + (c.overdue ? ' (overdue)' : ''), c.progress ?? 'no targets', commitmentTitle(c, 'en'), c.uid]), `${list.length} commitment${list.length === 1 ? '' : 's'}`);
}

/** `focal commitments list [--json]`: the city's commitments with their computed progress. */
export async function runCommitmentsList(ctx: CommandContext): Promise<void> {
  if (!ctx.hasStore()) throw new CliError(`No Focal data folder at ${ctx.dataDir} (run focal init or focal demo first).`, 'failure');
  const session = ctx.open();
  try {
    const list = await session.call('commitments.list', {});
    ctx.print(ctx.json ? list.map(forScripts) : table(list));
  } finally {
    session.core.close();
  }
}

/** `focal commitments export --out FILE.ics|FILE.csv [--locale en|fr|ar]`: the deadlines as a calendar, or the plan as CSV. */
export async function runCommitmentsExport(ctx: CommandContext, values: { out?: string | undefined; locale?: string | undefined }): Promise<void> {
  if (!values.out) throw new CliError('commitments export needs --out FILE (.ics or .csv)', 'usage');
  const extension = extname(values.out).toLowerCase();
  const format = extension === '.ics' ? 'ics' : extension === '.csv' ? 'csv' : null;
  if (!format) throw new CliError('--out must name a .ics or .csv file', 'usage');
  const locale = uiLocales.find((l) => l === (values.locale ?? 'en'));
  if (!locale) throw new CliError('--locale must be en, fr or ar', 'usage');
  if (!ctx.hasStore()) throw new CliError(`No Focal data folder at ${ctx.dataDir}: nothing to export (run focal init first).`, 'failure');
  const session = ctx.open();
  try {
    const file = await session.call('commitments.exportFile', { format, locale });
    const path = resolve(values.out);
    writeFileAtomic(path, Buffer.from(file.base64, 'base64'));
    const count = (await session.call('commitments.list', {})).length;
    ctx.print(ctx.json ? { file: path, format, commitments: count } : `Exported ${count} commitment${count === 1 ? '' : 's'} to ${path}.`);
  } finally {
    session.core.close();
  }
}
