import { extname, resolve } from 'node:path';
import type { ImportJob } from '../../../shared/domain/observation-import';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { terminalLine } from '../terminal-text';

export const observationsOptions = {
  'dry-run': { type: 'boolean' },
  sheet: { type: 'string' },
  out: { type: 'string' },
  indicator: { type: 'string', multiple: true },
  threshold: { type: 'string' },
} as const;

const shownProblems = 50;

/**
 * `focal observations import FILE`: the tidy file's columns map themselves; every row is checked,
 * and nothing is written unless all rows are valid (exit 1 otherwise, with each error's line).
 */
export async function runObservationsImport(ctx: CommandContext, file: string, values: { 'dry-run'?: boolean | undefined; sheet?: string | undefined }): Promise<number> {
  const session = ctx.open();
  try {
    let id: string;
    try {
      id = session.core.registerImportFile(resolve(file));
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error), 'failure');
    }
    const preview = await session.call('imports.preview', { file: id, sheet: values.sheet ?? null });
    const dryRun = values['dry-run'] === true;
    let job: ImportJob = await session.call('imports.start', { file: id, mapping: preview.mapping, dryRun });
    while (job.state === 'running') {
      await new Promise((done) => setTimeout(done, 100));
      job = await session.call('imports.job', { job: job.job });
    }
    const summary = job.summary;
    if (job.state !== 'done' || !summary) throw new CliError(job.error ?? 'The import did not finish; nothing was changed.', 'failure');
    if (ctx.json) {
      ctx.print({
        created: summary.created,
        updated: summary.updated,
        unchanged: summary.unchanged,
        errors: summary.errors.map(({ row, column, message }) => ({ row, column, message })),
      });
    } else {
      const n = (value: number) => value.toLocaleString('en');
      const lines = [
        `${summary.errorCount > 0 || dryRun ? 'Checked' : 'Imported'} ${n(summary.rows)} rows of ${terminalLine(preview.name)}: ${n(summary.created)} new, ${n(summary.updated)} updated, ${n(summary.unchanged)} unchanged.`,
      ];
      // Column names, messages and citations come from the file: each stays on its own line, escaped.
      const problemLine = (kind: string, problem: (typeof summary.errors)[number]) =>
        `  ${kind}: line ${problem.row}${problem.column ? `, ${terminalLine(problem.column)}` : ''}: ${terminalLine(problem.message)}`;
      for (const problem of summary.errors.slice(0, shownProblems)) lines.push(problemLine('error', problem));
      if (summary.errorCount > shownProblems) lines.push(`  … and ${n(summary.errorCount - shownProblems)} more errors.`);
      for (const problem of summary.warnings.slice(0, shownProblems)) lines.push(problemLine('warning', problem));
      if (summary.warningCount > shownProblems) lines.push(`  … and ${n(summary.warningCount - shownProblems)} more warnings.`);
      if (summary.newSources.length > 0) lines.push(`New sources: ${summary.newSources.map(terminalLine).join('; ')}`);
      if (summary.errorCount > 0) lines.push(`Nothing was written: fix the ${summary.errorCount === 1 ? 'error' : `${n(summary.errorCount)} errors`} and import again.`);
      else if (dryRun) lines.push('Dry run: nothing was written.');
      ctx.print(lines.join('\n'));
    }
    return summary.errorCount > 0 ? 1 : 0;
  } finally {
    session.core.close();
  }
}

/** `focal observations export --out FILE`: CSV or XLSX by the file's extension, small counts suppressed. */
export function runObservationsExport(ctx: CommandContext, values: { out?: string | undefined; indicator?: string[] | undefined; threshold?: string | undefined }): void {
  if (!values.out) throw new CliError('observations export needs --out FILE (.csv or .xlsx)', 'usage');
  const format = extname(values.out).toLowerCase() === '.xlsx' ? 'xlsx' : extname(values.out).toLowerCase() === '.csv' ? 'csv' : null;
  if (!format) throw new CliError('--out must name a .csv or .xlsx file', 'usage');
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 5)) throw new CliError('--threshold must be a whole number of at least 5', 'usage');
  if (!ctx.hasStore()) throw new CliError(`No Focal data folder at ${ctx.dataDir}: nothing to export (run focal init first).`, 'failure');
  const session = ctx.open();
  try {
    const result = session.core.exportObservations({ indicators: values.indicator ?? [] }, { file: resolve(values.out), format, ...(threshold === undefined ? {} : { threshold }) });
    ctx.print(ctx.json ? result : `Exported ${result.rows.toLocaleString('en')} rows to ${result.file} (${result.suppressed.toLocaleString('en')} values suppressed or withheld).`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(error instanceof Error ? error.message : String(error), 'failure');
  } finally {
    session.core.close();
  }
}
