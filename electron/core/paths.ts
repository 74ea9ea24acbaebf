import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where everything of one data folder lives. Backups sit beside the store's folder, never inside it. */
export interface DataPaths {
  root: string;
  storeDir: string;
  database: string;
  backupsDir: string;
  damagedDir: string;
  keysDir: string;
  signingKey: string;
  /** One small file per process that has the folder open (see store/holders.ts). */
  holdersDir: string;
  /** Uploaded files waiting to be imported (working copies, removed after use). */
  importsDir: string;
  /** Written when a damaged file is set aside; removed by restore or dismiss. */
  recoveryMarker: string;
  /** Every bundle this city made, kept as sent (docs/bundle-format.md). */
  sentBundlesDir: string;
}

export function dataPaths(root: string): DataPaths {
  const dir = resolve(root);
  return {
    root: dir,
    storeDir: join(dir, 'store'),
    database: join(dir, 'store', 'focal.sqlite'),
    backupsDir: join(dir, 'backups'),
    damagedDir: join(dir, 'damaged'),
    keysDir: join(dir, 'keys'),
    signingKey: join(dir, 'keys', 'signing-key.pem'),
    holdersDir: join(dir, 'run'),
    importsDir: join(dir, 'imports'),
    recoveryMarker: join(dir, 'damaged', 'recovery.json'),
    sentBundlesDir: join(dir, 'bundles', 'sent'),
  };
}

/**
 * The per-user folder, computed the way Electron computes `app.getPath('userData')` for an app
 * named "Focal", so the desktop app, the browser host and the CLI share one folder by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.FOCAL_DATA) return resolve(env.FOCAL_DATA);
  const home = homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(appData, 'Focal', 'data');
}
