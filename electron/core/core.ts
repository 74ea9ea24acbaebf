import type { Dispatch, DispatchOptions } from './dispatch';
import { createDispatch } from './dispatch';
import { readCatalogueFiles } from './catalogue/catalogue-files';
import { installCatalogue } from './catalogue/install-catalogue';
import type { HandlerContext } from './handler-context';
import { handlers } from './handlers/index';
import { dataPaths, type DataPaths } from './paths';
import { Store } from './store/store';

export interface CoreOptions {
  dataDir: string;
  /** The folder holding `catalogue/` (the repository's or the packaged app's `resources`). */
  resourcesDir: string;
  appVersion: string;
  now?: () => Date;
  onUnexpected?: DispatchOptions['onUnexpected'];
  /** Long-running hosts (desktop app, browser host) take the folder for themselves. */
  exclusive?: boolean;
}

/** One open data folder and the dispatch over it; every host holds exactly one. */
export interface Core {
  readonly paths: DataPaths;
  readonly dispatch: Dispatch;
  readonly store: Store;
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
  const context: HandlerContext = {
    get db() {
      return store.db;
    },
    store,
    paths,
    catalogue,
    appVersion: options.appVersion,
    now,
  };
  const dispatch = createDispatch(handlers, () => context, { onUnexpected: options.onUnexpected });
  return { paths, dispatch, store, close: () => store.close() };
}
