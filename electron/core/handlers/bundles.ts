import { exportBundle, previewBundle, type BundleExportContext } from '../bundles/export-bundle';
import { importBundle } from '../bundles/import-bundle';
import { listTrustedKeys, removeTrustedKey, trustKey } from '../bundles/trust';
import { OwnCity } from '../city/own-city';
import type { HandlerContext } from '../handler-context';
import { defaultThreshold } from '../observations/export/suppression';
import type { DomainHandlers } from './handler-types';

function exportContext(ctx: HandlerContext): BundleExportContext {
  return { db: ctx.db, paths: ctx.paths, appVersion: ctx.appVersion, now: ctx.now(), threshold: defaultThreshold };
}

export const bundleHandlers = {
  'bundles.preview': (ctx, input) => previewBundle(exportContext(ctx), input),
  'bundles.export': (ctx, input) => exportBundle(exportContext(ctx), input),
  'bundles.import': (ctx, input) => {
    OwnCity.of(ctx.db);
    const now = ctx.now();
    return importBundle({ db: ctx.db, now, backupBeforeImport: () => ctx.store.backupBefore('before-import') }, ctx.bundleFiles.source(input.file), input);
  },
  'trust.list': (ctx) => listTrustedKeys(ctx.db),
  'trust.add': (ctx, input) => trustKey(ctx.db, input, ctx.now(), OwnCity.of(ctx.db).code),
  'trust.remove': (ctx, input) => {
    removeTrustedKey(ctx.db, input.fingerprint);
    return { removed: input.fingerprint };
  },
} satisfies DomainHandlers<'bundles.preview' | 'bundles.export' | 'bundles.import' | 'trust.list' | 'trust.add' | 'trust.remove'>;
