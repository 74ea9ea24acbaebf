import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Dispatch, DispatchOptions } from './dispatch';
import { createDispatch } from './dispatch';
import { readCatalogueFiles } from './catalogue/catalogue-files';
import { installCatalogue } from './catalogue/install-catalogue';
import type { HandlerContext } from './handler-context';
import { handlers } from './handlers/index';
import { ObservationFilter, type ObservationFilterInput } from '../../shared/domain/observation-filter';
import { readOwnCity } from './city/city-queries';
import { describeStorageFailure, FocalError } from './errors';
import { exportObservations, type ExportResult } from './observations/export/export-observations';
import { ExportJobs } from './observations/export/export-jobs';
import { defaultThreshold } from './observations/export/suppression';
import { ImportFiles } from './observations/import/import-files';
import { ImportJobs } from './observations/import/import-jobs';
import { dataPaths, type DataPaths } from './paths';
import { Store } from './store/store';
import { BundleFiles } from './bundles/bundle-files';
import { BundleJobs } from './bundles/bundle-jobs';

export interface CoreOptions {
  dataDir: string;
  /** The folder holding `catalogue/` (the repository's or the packaged app's `resources`). */
  resourcesDir: string;
  appVersion: string;
  now?: () => Date;
  onUnexpected?: DispatchOptions['onUnexpected'];
  /** Long-running hosts (desktop app, browser host) take the folder for themselves. */
  exclusive?: boolean;
  /** The built import worker (dist/workers/import-worker.mjs); without it imports run on the calling thread. */
  importWorker?: string;
  /** The size limit of files to import (by path or upload); only tests choose another. */
  maxImportBytes?: number;
}

/** One open data folder and the dispatch over it; every host holds exactly one. */
export interface Core {
  readonly paths: DataPaths;
  readonly dispatch: Dispatch;
  readonly store: Store;
  /** Host-only: a file on this machine to import (the CLI's argument, the desktop app's open dialog). */
  registerImportFile(path: string): string;
  /** Host-only: a received bundle on this machine (the CLI's argument, a double-clicked .focal file). */
  registerBundleFile(path: string): string;
  /** Host-only: writes the observations a filter selects to a file (the CLI's --out, the desktop app's save dialog). */
  exportObservations(filter: ObservationFilterInput, target: { file: string; format: 'csv' | 'xlsx'; threshold?: number }): ExportResult;
  close(): void;
}

/** Opens a data folder (creating it if new), migrates it, loads the built-in catalogue. */
export function openCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  const paths = dataPaths(options.dataDir);
  const catalogue = readCatalogueFiles(options.resourcesDir);
  const store = Store.open(
    paths,
    now,
    (db) => {
      installCatalogue(db, catalogue);
    },
    options.exclusive === true,
  );
  const files = new ImportFiles(paths.importsDir, options.maxImportBytes);
  // Uploads left by a process that crashed are working copies; only the folder's sole user may clear them.
  if (options.exclusive === true) rmSync(paths.importsDir, { recursive: true, force: true });
  const jobs = new ImportJobs({ db: () => store.db, database: paths.database, workerScript: options.importWorker ?? null });
  // The export thread's script is built beside the import thread's (dist/workers/).
  const exportWorker = options.importWorker ? join(dirname(options.importWorker), 'export-worker.mjs') : null;
  const exports = new ExportJobs({ db: () => store.db, database: paths.database, workerScript: exportWorker, workDir: paths.importsDir });
  const bundleFiles = new BundleFiles(paths.importsDir);
  const bundleJobs = new BundleJobs({
    db: () => store.db,
    database: paths.database,
    workerScript: options.importWorker ? join(dirname(options.importWorker), 'bundle-worker.mjs') : null,
    otherWriting: () => jobs.writing,
  });
  const context: HandlerContext = {
    get db() {
      return store.db;
    },
    store,
    paths,
    catalogue,
    appVersion: options.appVersion,
    resourcesDir: options.resourcesDir,
    imports: { files, jobs },
    exports,
    bundleFiles,
    bundleJobs,
    now,
  };
  const dispatch = createDispatch(handlers, () => context, { onUnexpected: options.onUnexpected });
  return {
    paths,
    dispatch,
    store,
    registerImportFile: (path) => files.register(path).id,
    registerBundleFile: (path) => bundleFiles.register(path),
    exportObservations: (filter, target) => {
      const city = readOwnCity(store.db);
      if (!city) throw new FocalError('not_initialised', 'No city is set up yet, so there is nothing to export.');
      try {
        return exportObservations(store.db, city.code, ObservationFilter.parse(filter), { ...target, threshold: target.threshold ?? defaultThreshold });
      } catch (error) {
        // A full or read-only disk is the user's to fix, in words they understand (not ENOSPC).
        throw describeStorageFailure(error, { kind: 'file', file: target.file }) ?? error;
      }
    },
    close() {
      jobs.stopAll();
      exports.stopAll();
      bundleJobs.stopAll();
      files.discardAll();
      bundleFiles.discardAll();
      store.close();
    },
  };
}
