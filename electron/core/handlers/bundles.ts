import { exportBundle, previewBundle, type BundleExportContext } from '../bundles/export-bundle';
import type { HandlerContext } from '../handler-context';
import { defaultThreshold } from '../observations/export/suppression';
import type { DomainHandlers } from './handler-types';

function exportContext(ctx: HandlerContext): BundleExportContext {
  return { db: ctx.db, paths: ctx.paths, appVersion: ctx.appVersion, now: ctx.now(), threshold: defaultThreshold };
}

export const bundleHandlers = {
  'bundles.preview': (ctx, input) => previewBundle(exportContext(ctx), input),
  'bundles.export': (ctx, input) => exportBundle(exportContext(ctx), input),
} satisfies DomainHandlers<'bundles.preview' | 'bundles.export'>;
