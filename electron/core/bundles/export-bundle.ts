import { randomUUID, sign } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { BundleRequest, type BundleCounts, type BundleExportProgress, type BundleSummary } from '../../../shared/bundle/bundle-export';
import { bundleExtension, bundleFormatId, bundleFormatVersion, type BundleManifest, type ManifestFile } from '../../../shared/bundle/bundle-manifest';
import { readOwnCity } from '../city/city-queries';
import { readSigningKey } from '../city/signing-key';
import { FocalError } from '../errors';
import { placeInOutbox } from '../exchange-folder/outbox';
import { ExportFile } from '../observations/export/export-file';
import type { DataPaths } from '../paths';
import { isProcessAlive } from '../process-liveness';
import { countObservations, writeObservationDeletions, writeObservations } from './bundle-observations';
import { noteSent, writeRecords } from './bundle-records';
import { BundleZipWriter } from './bundle-zip-writer';
import { dataPackageDescriptor, deletionsPath, observationsPath } from './data-package';
import { recordsPath, travellingKinds } from './travelling-kinds';

export interface BundleExportContext {
  db: Database;
  paths: DataPaths;
  appVersion: string;
  now: Date;
  threshold: number;
  /** Told how many figures are written, of how many, as the bundle is written. */
  onProgress?(progress: BundleExportProgress): void;
}

const LastSent = z.object({ sequence: z.number(), as_of: z.number() });

/** The last complete bundle to these recipients: where "changes only" starts. */
function lastSentTo(db: Database, recipients: string): z.infer<typeof LastSent> | null {
  const row: unknown = db.prepare('SELECT sequence, as_of FROM sent_bundles WHERE recipients = ? AND complete = 1 ORDER BY sequence DESC LIMIT 1').get(recipients);
  return row === undefined ? null : LastSent.parse(row);
}

function nextSequence(db: Database): number {
  const row = z.object({ last: z.number().nullable() }).parse(db.prepare('SELECT max(sequence) AS last FROM sent_bundles').get());
  return (row.last ?? 0) + 1;
}

/** Writes the chosen parts into `zip`; returns the manifest's file list and the counts. */
function writeContent(ctx: BundleExportContext, city: string, request: z.output<typeof BundleRequest>, sinceMs: number, zip: BundleZipWriter): { files: ManifestFile[]; counts: BundleCounts } {
  const files: ManifestFile[] = [];
  const counts: BundleCounts = { files: {}, suppressed: 0, withheld: 0 };
  const add = (file: ManifestFile): void => {
    files.push(file);
    counts.files[file.path] = file.records;
  };
  const parts = new Set(request.parts);
  // One read transaction: every file of the bundle shows the store at one moment.
  ctx.db.transaction(() => {
    if (parts.has('profile')) {
      const descriptor = zip.file('datapackage.json');
      descriptor.write(dataPackageDescriptor(city));
      add(descriptor.end());
      const selection = { indicators: request.indicators, sinceMs, threshold: ctx.threshold };
      const observations = zip.file(observationsPath);
      const total = ctx.onProgress ? countObservations(ctx.db, city, selection) : 0;
      ctx.onProgress?.({ figures: 0, total });
      const written = writeObservations(ctx.db, city, selection, observations, (figures) => ctx.onProgress?.({ figures, total }));
      add(observations.end());
      counts.suppressed = written.suppressed;
      counts.withheld = written.withheld;
      const deletions = zip.file(deletionsPath);
      writeObservationDeletions(ctx.db, city, selection, deletions);
      add(deletions.end());
    }
    for (const kind of travellingKinds) {
      if (!parts.has(kind.part)) continue;
      const out = zip.file(recordsPath(kind));
      writeRecords(ctx.db, city, kind, sinceMs, request.to, out);
      add(out.end());
    }
  })();
  return { files, counts };
}

/** `.focal-…focal.focal-tmp-<pid>-<12 hex>`: an export temp file (export-file.ts) in `bundles/sent/`. */
const exportTemp = /^\..*\.focal-tmp-([1-9][0-9]{0,9})-[0-9a-f]{12}$/;

/**
 * Removes what exports killed midway left in `bundles/sent/` (hidden temp files of processes no
 * longer running): their sequence numbers stay used in the log, so no later bundle takes their name.
 */
function sweepInterruptedBundles(dir: string): void {
  for (const name of readdirSync(dir)) {
    const writer = exportTemp.exec(name)?.[1];
    if (writer !== undefined && Number(writer) !== process.pid && !isProcessAlive(Number(writer))) rmSync(join(dir, name), { force: true });
  }
}

/** A file name that says from whom, to whom and which: `focal-tunis-to-network-000012-2026-12-04.focal`. */
function bundleFileName(city: string, recipients: string, sequence: number, now: Date): string {
  return `focal-${city}-to-${recipients}-${String(sequence).padStart(6, '0')}-${now.toISOString().slice(0, 10)}${bundleExtension}`;
}

/**
 * What a bundle with this request would hold, without writing anything or using up a sequence
 * number: the preview shown before export.
 */
export function previewBundle(ctx: BundleExportContext, input: BundleRequest): { since: number | null; counts: BundleCounts } {
  const request = BundleRequest.parse(input);
  const own = exportingCity(ctx.db, request);
  const last = request.sinceLast ? lastSentTo(ctx.db, request.to) : null;
  // Counted only: nothing is encoded, hashed or deflated for a preview.
  const zip = new BundleZipWriter(null);
  const { counts } = writeContent(ctx, own.code, request, last?.as_of ?? 0, zip);
  zip.finish();
  return { since: last?.sequence ?? null, counts };
}

/** The city that sends, once the request is one it can send: refused before any job starts. */
export function exportingCity(db: Database, request: Pick<BundleRequest, 'to' | 'indicators'>): NonNullable<ReturnType<typeof readOwnCity>> {
  const own = readOwnCity(db);
  if (!own) throw new FocalError('not_initialised', 'No city is set up yet. Set up your city first.');
  if (request.to === own.code) throw new FocalError('invalid_input', 'A bundle goes to another city or to the whole network, not to your own city.');
  const known = db.prepare('SELECT 1 FROM indicator_scope WHERE scope = ? AND code = ?');
  const unknown = (request.indicators ?? []).filter((code) => known.get(own.code, code) === undefined);
  if (unknown.length > 0) throw new FocalError('invalid_input', `Your city has no indicator ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ' …' : ''}: choose indicators from its catalogue.`);
  return own;
}

/**
 * Makes a signed bundle of the own city's records (docs/bundle-format.md) in `bundles/sent/`. The
 * sequence is recorded before the file is written and the bundle marked complete only once the file
 * is in place, so a number is never given twice and an interrupted export never counts as sent.
 */
export function exportBundle(ctx: BundleExportContext, input: BundleRequest): BundleSummary {
  const request = BundleRequest.parse(input);
  const own = exportingCity(ctx.db, request);
  const privateKey = readSigningKey(ctx.paths);
  const last = request.sinceLast ? lastSentTo(ctx.db, request.to) : null;
  const sinceMs = last?.as_of ?? 0;
  // Anything changed from this moment on goes into the next "changes only" bundle; a record changed
  // in this very millisecond may travel twice, which the receiver reads as unchanged.
  const asOf = ctx.now.getTime() - 1;
  const bundleId = randomUUID();
  const createdAt = ctx.now.toISOString();
  const reserved = ctx.db.transaction(() => {
    const sequence = nextSequence(ctx.db);
    const name = bundleFileName(own.code, request.to, sequence, ctx.now);
    ctx.db
      .prepare('INSERT INTO sent_bundles (bundle_id, sequence, recipients, since, as_of, created_at, file_name) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(bundleId, sequence, request.to, last?.sequence ?? null, asOf, createdAt, name);
    return { sequence, name };
    // Immediate: two exports at once (two threads) must not both read the same last number.
  }).immediate();

  mkdirSync(ctx.paths.sentBundlesDir, { recursive: true });
  sweepInterruptedBundles(ctx.paths.sentBundlesDir);
  const path = join(ctx.paths.sentBundlesDir, reserved.name);
  const out = new ExportFile(path);
  try {
    const zip = new BundleZipWriter((chunk) => out.write(chunk));
    const { files, counts } = writeContent(ctx, own.code, request, sinceMs, zip);
    const manifest: BundleManifest = {
      format: bundleFormatId,
      formatVersion: bundleFormatVersion,
      bundleId,
      sender: { city: own.code, names: own.names, country: own.country, publicKey: own.signingKey.publicKey },
      recipients: request.to,
      createdAt,
      appVersion: ctx.appVersion,
      sequence: reserved.sequence,
      since: last?.sequence ?? null,
      asOf,
      files,
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
    const manifestEntry = zip.file('manifest.json');
    manifestEntry.write(manifestBytes.toString('utf8'));
    manifestEntry.end();
    const signatureEntry = zip.file('manifest.sig');
    signatureEntry.write(sign(null, manifestBytes, privateKey).toString('base64'));
    signatureEntry.end();
    zip.finish();
    out.commit();
    ctx.db.transaction(() => {
      ctx.db.prepare('UPDATE sent_bundles SET complete = 1, counts = ? WHERE bundle_id = ?').run(JSON.stringify(counts), bundleId);
      for (const kind of travellingKinds) if (request.parts.includes(kind.part)) noteSent(ctx.db, own.code, kind, request.to, asOf, ctx.now.getTime());
    })();
    // Also into the exchange folder's outbox/, when one is set; a failed copy is said, the bundle stands.
    const outbox = placeInOutbox(ctx.db, path, reserved.name);
    return { bundleId, sequence: reserved.sequence, recipients: request.to, since: last?.sequence ?? null, name: reserved.name, size: statSync(path).size, counts, outbox };
  } catch (error) {
    out.abandon();
    // Not sent: the row stays incomplete, so its sequence is never given again and it never counts as sent.
    ctx.db.prepare('UPDATE sent_bundles SET file_name = ? WHERE bundle_id = ?').run('', bundleId);
    throw error;
  }
}
