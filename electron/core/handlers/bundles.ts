import { join } from 'node:path';
import { exportBundle, previewBundle, type BundleExportContext } from '../bundles/export-bundle';
import { listTrustedKeys, removeTrustedKey, trustKey } from '../bundles/trust';
import { OwnCity } from '../city/own-city';
import { placeInOutbox } from '../exchange-folder/outbox';
import { FocalError } from '../errors';
import { listReceivedBundles, listSentBundles, readSentBundle } from '../bundles/exchange-log';
import { compareIndicator } from '../peers/compare-indicator';
import { listPeerHoldings } from '../peers/peer-holdings';
import type { HandlerContext } from '../handler-context';
import { defaultThreshold } from '../observations/export/suppression';
import type { DomainHandlers } from './handler-types';

function exportContext(ctx: HandlerContext): BundleExportContext {
  return { db: ctx.db, paths: ctx.paths, appVersion: ctx.appVersion, now: ctx.now(), threshold: defaultThreshold };
}

export const bundleHandlers = {
  'bundles.preview': (ctx, input) => previewBundle(exportContext(ctx), input),
  'bundles.export': (ctx, input) => {
    const summary = exportBundle(exportContext(ctx), input);
    return { ...summary, outbox: placeInOutbox(ctx.db, join(ctx.paths.sentBundlesDir, summary.name), summary.name) };
  },
  'bundles.importStart': (ctx, input) => {
    OwnCity.of(ctx.db);
    if (!input.dryRun && ctx.store.recovery) throw new FocalError('conflict', 'The data file was damaged and has been set aside. Restore the latest backup or start with an empty file first.');
    const file = ctx.bundleFiles.source(input.file);
    return ctx.bundleJobs.start({ file: { path: file.path, size: file.size }, options: { dryRun: input.dryRun, trustKey: input.trustKey }, backupsDir: ctx.paths.backupsDir, now: ctx.now().getTime() });
  },
  'bundles.importJob': (ctx, input) => ctx.bundleJobs.get(input.job),
  'bundles.upload': (ctx, input) => ctx.bundleFiles.upload(input.upload, input.name, Buffer.from(input.chunk, 'base64'), input.done),
  'bundles.sent': (ctx) => listSentBundles(ctx.db),
  'bundles.received': (ctx) => listReceivedBundles(ctx.db),
  'bundles.take': (ctx, input) => ({ ...readSentBundle(ctx.db, ctx.paths, input.bundleId), mediaType: 'application/vnd.focal.bundle+zip' }),
  'peers.list': (ctx) => listPeerHoldings(ctx.db),
  'peers.remove': (ctx, input) => {
    // The own city is never a peer: only a row with is_self = 0 goes, and its whole space with it by cascade.
    const { changes } = ctx.db.prepare('DELETE FROM cities WHERE code = ? AND is_self = 0').run(input.city);
    if (changes === 0) throw new FocalError('not_found', `Focal holds nothing from a city called ${input.city}.`);
    return { removed: input.city };
  },
  'compare.indicator': (ctx, input) => compareIndicator(ctx.db, input.indicator),
  'trust.list': (ctx) => listTrustedKeys(ctx.db),
  'trust.add': (ctx, input) => trustKey(ctx.db, input, ctx.now(), OwnCity.of(ctx.db).code),
  'trust.remove': (ctx, input) => {
    removeTrustedKey(ctx.db, input.fingerprint);
    return { removed: input.fingerprint };
  },
} satisfies DomainHandlers<
  | 'bundles.preview'
  | 'bundles.export'
  | 'bundles.importStart'
  | 'bundles.importJob'
  | 'bundles.upload'
  | 'bundles.sent'
  | 'bundles.received'
  | 'bundles.take'
  | 'peers.list'
  | 'peers.remove'
  | 'compare.indicator'
  | 'trust.list'
  | 'trust.add'
  | 'trust.remove'
>;
