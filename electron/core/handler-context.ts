import type { Database } from 'better-sqlite3';
import type { BundleFiles } from './bundles/bundle-files';
import type { BundleJobs } from './bundles/bundle-jobs';
import type { CatalogueFiles } from './catalogue/catalogue-files';
import type { ExportJobs } from './observations/export/export-jobs';
import type { ImportFiles } from './observations/import/import-files';
import type { ImportJobs } from './observations/import/import-jobs';
import type { DataPaths } from './paths';
import type { Store } from './store/store';

/** What every handler may use. `db` is read at call time: a restore swaps the connection. */
export interface HandlerContext {
  readonly db: Database;
  readonly store: Store;
  readonly paths: DataPaths;
  readonly catalogue: CatalogueFiles;
  readonly appVersion: string;
  /** The app's data files (the catalogue, the sample city). */
  readonly resourcesDir: string;
  /** Files waiting to be imported and the imports running or done. */
  readonly imports: { readonly files: ImportFiles; readonly jobs: ImportJobs };
  /** Exports being prepared for the interface, each on its own thread. */
  readonly exports: ExportJobs;
  /** Received bundles the host named, by id. */
  readonly bundleFiles: BundleFiles;
  /** Imports of received bundles, each on its own thread. */
  readonly bundleJobs: BundleJobs;
  now(): Date;
}
