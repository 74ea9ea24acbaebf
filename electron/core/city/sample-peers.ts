import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { importBundle } from '../bundles/import-bundle';

/**
 * The sample city has received signed bundles from two fictional peer cities (their data beside
 * them in resources/sample-city/peers/, the bundles made by scripts/make-sample-peers.mjs), so
 * the Exchange page and the comparison show real content on first look. They go through the real
 * importer — verified, their keys trusted as the sample's — into each peer's own space.
 */
export function receiveSamplePeerBundles(db: Database, resourcesDir: string, now: Date): void {
  const dir = join(resourcesDir, 'sample-city', 'peers');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.focal'))
    .sort();
  for (const name of files) {
    const bytes = readFileSync(join(dir, name));
    // The sample city is new: there is nothing to back up before its peers' bundles.
    const result = importBundle({ db, now, backupBeforeImport: () => null }, { size: bytes.length, bytes: () => bytes }, { dryRun: false, trustKey: true, trustAs: 'sample' });
    if (result.status !== 'imported') throw new Error(`The sample peer bundle ${name} did not import: ${result.code ?? result.status}: ${result.message}`);
  }
}

/** Leaving the sample takes its peers, their keys and the exchange logs with it: none of it was the user's. */
export function removeSamplePeers(db: Database): void {
  db.prepare("DELETE FROM cities WHERE is_self = 0 AND code IN (SELECT city FROM trusted_keys WHERE how = 'sample')").run();
  db.prepare("DELETE FROM received_bundles WHERE sender IN (SELECT city FROM trusted_keys WHERE how = 'sample')").run();
  db.prepare("DELETE FROM trusted_keys WHERE how = 'sample'").run();
  db.prepare('DELETE FROM sent_bundles').run();
}
