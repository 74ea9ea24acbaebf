import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { bundleExtension, Recipient } from '../../../shared/bundle/bundle-manifest';
import { awaitBundleExport } from '../../../shared/bundle/await-bundle-export';
import { awaitBundleImport } from '../../../shared/bundle/await-bundle-import';
import { BundleRejected, copyFileAtomic, dataPaths, openBundle } from '../../core/index';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';

export const bundleOptions = {
  out: { type: 'string' },
  to: { type: 'string' },
  'since-last': { type: 'boolean' },
  indicators: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'yes-trust': { type: 'boolean' },
} as const;

/**
 * `focal bundle export --out FILE.focal [--to CITY|network] [--since-last] [--indicators A,B]`: the city's work, signed,
 * for a peer. The bundle is also kept in the data folder's `bundles/sent/`.
 */
export async function runBundleExport(
  ctx: CommandContext,
  values: { out?: string | undefined; to?: string | undefined; 'since-last'?: boolean | undefined; indicators?: string | undefined },
): Promise<void> {
  if (!values.out) throw new CliError('bundle export needs --out FILE.focal', 'usage');
  if (extname(values.out).toLowerCase() !== bundleExtension) throw new CliError(`--out must name a ${bundleExtension} file`, 'usage');
  const to = Recipient.safeParse(values.to ?? 'network');
  if (!to.success) throw new CliError('--to must be a city code (such as tunis) or network', 'usage');
  const indicators = values.indicators === undefined ? null : values.indicators.split(',').map((code) => code.trim()).filter((code) => code !== '');
  if (indicators !== null && indicators.length === 0) throw new CliError('--indicators needs at least one indicator code, such as POP_TOTAL,EMP_MIG_RATE', 'usage');
  if (!ctx.hasStore()) throw new CliError(`No Focal data folder at ${ctx.dataDir}: nothing to export (run focal init first).`, 'failure');
  const session = ctx.open();
  try {
    // On the bundle thread, with its memory limits, as the interface makes one.
    const answer = await awaitBundleExport(session.client, { to: to.data, sinceLast: values['since-last'] === true, indicators }, () => new Promise((done) => setTimeout(done, 100)));
    if (!answer.ok) throw new CliError(answer.error.message, answer.error.code === 'invalid_input' ? 'usage' : 'failure');
    const summary = answer.value;
    const path = resolve(values.out);
    copyFileAtomic(join(dataPaths(ctx.dataDir).sentBundlesDir, summary.name), path);
    const records = Object.values(summary.counts.files).reduce((sum, n) => sum + n, 0);
    ctx.print(
      ctx.json
        ? { file: path, bundleId: summary.bundleId, sequence: summary.sequence, counts: summary.counts.files, suppressed: summary.counts.suppressed, withheld: summary.counts.withheld }
        : [
            `Wrote bundle ${summary.sequence} for ${summary.recipients} to ${path} (${records} records${summary.since === null ? '' : `, changes since bundle ${summary.since}`}).`,
            ...Object.entries(summary.counts.files).map(([file, n]) => `  ${file}: ${n}`),
            `Small counts of people suppressed: ${summary.counts.suppressed}; confidential figures left out: ${summary.counts.withheld}.`,
          ].join('\n'),
    );
  } finally {
    session.core.close();
  }
}

/** `focal bundle inspect FILE`: what a bundle holds and whether it verifies; needs no data folder and changes nothing. */
export function runBundleInspect(ctx: CommandContext, file: string): boolean {
  const path = resolve(file);
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    bytes = readFileSync(path);
  } catch {
    throw new CliError(`Cannot read ${path}: no such file, or not readable.`, 'failure');
  }
  try {
    const bundle = openBundle(bytes);
    const m = bundle.manifest;
    const counts = Object.fromEntries(m.files.map((f) => [f.path, f.records]));
    ctx.print(
      ctx.json
        ? {
            status: 'verified',
            code: null,
            message: 'The archive, the signature and every file check out.',
            bundleId: m.bundleId,
            formatVersion: m.formatVersion,
            sender: { city: m.sender.city, names: m.sender.names, fingerprint: bundle.fingerprint },
            recipients: m.recipients,
            sequence: m.sequence,
            since: m.since,
            createdAt: m.createdAt,
            appVersion: m.appVersion,
            counts,
          }
        : [
            `Bundle ${m.sequence} from ${m.sender.names.en} (${m.sender.city}) to ${m.recipients}, made ${m.createdAt} by Focal ${m.appVersion}${m.since === null ? '' : `, changes since bundle ${m.since}`}.`,
            `Signed by the key with fingerprint ${bundle.fingerprint}: compare it with the sender before trusting it.`,
            'Verified: the archive, the signature and every file check out.',
            ...m.files.map((f) => `  ${f.path}: ${f.records} records, ${f.size} bytes`),
          ].join('\n'),
    );
    return true;
  } catch (error) {
    if (!(error instanceof BundleRejected)) throw error;
    if (ctx.json) ctx.print({ status: 'rejected', code: error.code, message: error.message, counts: {} });
    else ctx.note(`Rejected (${error.code}): ${error.message}`);
    return false;
  }
}

/** `focal bundle import FILE [--dry-run] [--yes-trust]`: verified, previewed or applied; exit 1 on refusal with nothing changed. */
export async function runBundleImport(ctx: CommandContext, file: string, values: { 'dry-run'?: boolean | undefined; 'yes-trust'?: boolean | undefined }): Promise<boolean> {
  if (!ctx.hasStore()) throw new CliError(`No Focal data folder at ${ctx.dataDir}: set up your city first (focal init).`, 'failure');
  const session = ctx.open();
  try {
    let id: string;
    try {
      id = session.core.registerBundleFile(resolve(file));
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error), 'failure');
    }
    const answer = await awaitBundleImport(session.client, { file: id, dryRun: values['dry-run'] === true, trustKey: values['yes-trust'] === true }, () => new Promise((done) => setTimeout(done, 100)));
    if (!answer.ok) throw new CliError(answer.error.message, answer.error.code === 'invalid_input' ? 'usage' : 'failure');
    const result = answer.value;
    if (ctx.json) {
      ctx.print({ status: result.status, code: result.code, message: result.message, counts: result.counts, sender: result.sender, sequence: result.sequence, suppressed: result.suppressed });
      return result.status !== 'rejected';
    }
    const from = result.sender ? `${result.sender.names.en} (${result.sender.city})` : 'an unknown sender';
    if (result.status === 'rejected') {
      ctx.note(`Rejected (${result.code ?? 'unknown'}): ${result.message}`);
      if (result.code === 'untrusted_key' && result.sender) {
        ctx.note(`The bundle is signed by ${from} with the key whose fingerprint is\n  ${result.sender.fingerprint}\nCompare it with the sender (by phone, read aloud); if it is the same, run again with --yes-trust, or trust it first with focal trust add.`);
      }
      return false;
    }
    const lines = Object.entries(result.counts).map(
      ([table, c]) => `  ${table}: ${c.created} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.conflicts} conflicts, ${c.deleted} deleted`,
    );
    const head =
      result.status === 'duplicate'
        ? `Bundle ${result.sequence ?? '?'} from ${from} was imported before: nothing changed.`
        : result.status === 'checked'
          ? `Bundle ${result.sequence ?? '?'} from ${from} checks out; importing it would do this (nothing was written):`
          : `Imported bundle ${result.sequence ?? '?'} from ${from} into its own space:`;
    ctx.print([head, ...(result.status === 'duplicate' ? [] : lines), ...(result.suppressed > 0 ? [`  ${result.suppressed} figures arrived suppressed (small counts) and are not stored.`] : [])].join('\n'));
    return true;
  } finally {
    session.core.close();
  }
}
