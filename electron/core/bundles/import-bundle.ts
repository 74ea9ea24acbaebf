import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { BundleImportProgress, BundleImportResult, TableChanges } from '../../../shared/bundle/bundle-import';
import { bundleRejections, type BundleRejectionCode } from '../../../shared/bundle/bundle-rejection';
import { readOwnCity } from '../city/city-queries';
import type { PendingBackup } from '../store/backups';
import { bundleLimits } from './bundle-limits';
import { BundleRejected } from './bundle-rejected';
import { deletionsPath, observationsPath } from './data-package';
import { figuresOnThread, type FigureThread } from './figures-on-thread';
import { applyPeerObservations, figuresHere } from './peer-observations';
import { applyPeerRecords } from './peer-records';
import { PeerSpace } from './peer-space';
import { openBundle, type VerifiedBundle } from './read-bundle';
import { recordsPath, travellingKinds } from './travelling-kinds';
import { admitSigner } from './trust';

export interface BundleImportContext {
  db: Database;
  now: Date;
  /** Takes the backup an applied import needs; called only once the bundle is admitted (null: nothing to keep, as for the sample city). */
  backupBeforeImport(): PendingBackup | null;
  /** Told where the import stands; records are counted as they are written. */
  onProgress?(progress: BundleImportProgress): void;
  /** A thread to read and check the figures on while this one writes them (the hosts); none: all on this thread. */
  figureThread?: FigureThread | null;
}

/** A received file: its size first, its bytes only once the size is acceptable. */
export interface BundleSource {
  size: number;
  bytes(): Uint8Array;
}

export interface BundleImportOptions {
  dryRun: boolean;
  /** The user compared the signer's fingerprint with the sender and trusts it (a city's first key only). */
  trustKey: boolean;
  /** How a key trusted by this import is recorded: by the user, or as the sample city's peers. */
  trustAs?: 'bundle' | 'sample';
}

/** Ends the transaction of a dry run: everything it did is rolled back, its counts kept. */
class DryRunDone extends Error {}

function emptyResult(): BundleImportResult {
  return { status: 'rejected', code: null, message: '', sender: null, bundleId: null, sequence: null, recipients: null, createdAt: null, claims: {}, counts: {}, suppressed: 0 };
}

function describe(bundle: VerifiedBundle): BundleImportResult {
  const m = bundle.manifest;
  return {
    ...emptyResult(),
    sender: { city: m.sender.city, names: m.sender.names, fingerprint: bundle.fingerprint, publicKey: m.sender.publicKey },
    bundleId: m.bundleId,
    sequence: m.sequence,
    recipients: m.recipients,
    createdAt: m.createdAt,
    claims: Object.fromEntries(m.files.map((f) => [f.path, f.records])),
  };
}

const Received = z.object({ bundle_id: z.string().nullable(), content_sha256: z.string(), sequence: z.number().nullable() });

/** What the store says about this bundle before anything is written: a duplicate, a replay, or another fault. */
function judge(db: Database, bundle: VerifiedBundle): { code: BundleRejectionCode } | { duplicate: true } | null {
  const m = bundle.manifest;
  const own = readOwnCity(db);
  if (own && m.sender.city === own.code) return { code: 'own_city' };
  if (m.recipients !== 'network' && m.recipients !== own?.code) return { code: 'not_for_this_city' };
  const sameId = z.array(Received).parse(db.prepare("SELECT bundle_id, content_sha256, sequence FROM received_bundles WHERE bundle_id = ? AND result = 'imported'").all(m.bundleId));
  if (sameId.some((row) => row.content_sha256 === bundle.contentSha256)) return { duplicate: true };
  if (sameId.length > 0) return { code: 'bundle_id_reused' };
  const last = z.object({ last: z.number().nullable() }).parse(db.prepare("SELECT max(sequence) AS last FROM received_bundles WHERE sender = ? AND result = 'imported'").get(m.sender.city));
  if (last.last !== null && m.sequence <= last.last) return { code: 'replay' };
  return null;
}

/** The sender's row in `cities`: a peer arrives with its first admitted bundle; its names follow its latest. */
function upsertPeerCity(db: Database, bundle: VerifiedBundle, now: Date): void {
  const { sender } = bundle.manifest;
  db.prepare(
    `INSERT INTO cities (code, names, country, public_key, fingerprint, key_created_at, is_self, created_at, updated_at)
     VALUES (@code, @names, @country, @publicKey, @fingerprint, @now, 0, @now, @now)
     ON CONFLICT (code) DO UPDATE SET names = excluded.names, country = excluded.country, public_key = excluded.public_key,
       fingerprint = excluded.fingerprint, updated_at = excluded.updated_at
     WHERE cities.is_self = 0`,
  ).run({ code: sender.city, names: JSON.stringify(sender.names), country: sender.country, publicKey: sender.publicKey, fingerprint: bundle.fingerprint, now: now.toISOString() });
}

/** Writes every file of the bundle into the sender's space; throws BundleRejected at the first record that does not fit. */
function apply(db: Database, bundle: VerifiedBundle, space: PeerSpace, thread: FigureThread | null, onRecords: (records: number) => void): { counts: Record<string, TableChanges>; suppressed: number } {
  const listed = new Set(bundle.manifest.files.map((f) => f.path));
  const reader = (path: string) => (onChunk: (chunk: Uint8Array) => void) => bundle.read(path, onChunk);
  const counts: Record<string, TableChanges> = {};
  let suppressed = 0;
  // Sources, indicators and districts before the figures that cite them.
  const [before, after] = [travellingKinds.filter((k) => k.part === 'profile'), travellingKinds.filter((k) => k.part !== 'profile')];
  let done = 0;
  const tally = (changes: TableChanges): TableChanges => {
    done += changes.created + changes.updated + changes.unchanged + changes.conflicts + changes.deleted;
    onRecords(done);
    return changes;
  };
  for (const kind of before) if (listed.has(recordsPath(kind))) counts[kind.name] = tally(applyPeerRecords(db, space, kind, reader(recordsPath(kind))));
  if (listed.has(observationsPath)) {
    const onRows = (rows: number) => onRecords(done + rows);
    const read = thread ? figuresOnThread(db, space, bundle, observationsPath, thread, onRows) : figuresHere(db, space, reader(observationsPath), onRows);
    const figures = applyPeerObservations(db, space, read, listed.has(deletionsPath) ? reader(deletionsPath) : null);
    tally(figures.changes);
    counts.observations = figures.changes;
    suppressed = figures.suppressed;
  }
  for (const kind of after) if (listed.has(recordsPath(kind))) counts[kind.name] = tally(applyPeerRecords(db, space, kind, reader(recordsPath(kind))));
  return { counts, suppressed };
}

function logReceived(db: Database, result: BundleImportResult, contentSha256: string, now: Date): void {
  db.prepare('INSERT INTO received_bundles (bundle_id, sender, sequence, created_at, received_at, content_sha256, result, code, counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    result.bundleId,
    result.sender?.city ?? null,
    result.sequence,
    result.createdAt,
    now.toISOString(),
    contentSha256,
    result.status,
    result.code,
    JSON.stringify(result.counts),
  );
}

/**
 * Imports a received bundle into its sender's space: verify (archive, signature, files) → judge
 * against the store (own city, recipient, duplicate, replay) → admit the signer (trust) → apply
 * every record in one transaction, after a backup. Nothing in a bundle can write outside the
 * sender's space. A refused bundle changes no row but the log's; a dry run changes nothing at all
 * and answers what the import would do. Every bundle offered (but a dry run) is logged.
 */
export function importBundle(ctx: BundleImportContext, source: BundleSource, options: BundleImportOptions): BundleImportResult {
  const { db, now } = ctx;
  let bundle: VerifiedBundle;
  let bytes: Uint8Array | null = null;
  ctx.onProgress?.({ phase: 'checking', records: 0 });
  try {
    // Too large is known from the size: such a file is never read into memory.
    if (source.size > bundleLimits.maxFileBytes) throw new BundleRejected('file_too_large');
    bytes = source.bytes();
    // The figures are checked as they are applied, in the transaction, rather than inflated twice.
    bundle = openBundle(bytes, bundleLimits, new Set([observationsPath]));
  } catch (error) {
    if (!(error instanceof BundleRejected)) throw error;
    const result = { ...emptyResult(), code: error.code, message: error.message };
    if (!options.dryRun) logReceived(db, result, bytes === null ? '' : sha256(bytes), now);
    return result;
  }
  const described = describe(bundle);
  const refuse = (reason: BundleRejectionCode, detail = bundleRejections[reason]): BundleImportResult => {
    let [code, message] = [reason, detail];
    // A changed file is refused as changed, whatever else the bundle would have been refused for.
    try {
      bundle.checkUnread();
    } catch (error) {
      if (!(error instanceof BundleRejected)) throw error;
      [code, message] = [error.code, error.detail === '' ? error.message : `${error.message} (${error.detail})`];
    }
    const result: BundleImportResult = { ...described, status: 'rejected', code, message };
    if (!options.dryRun) logReceived(db, result, bundle.contentSha256, now);
    return result;
  };

  const verdict = judge(db, bundle);
  if (verdict && 'code' in verdict) return refuse(verdict.code);
  if (verdict) {
    const result: BundleImportResult = { ...described, status: 'duplicate', message: 'This bundle was imported before; nothing changed.' };
    if (!options.dryRun) logReceived(db, result, bundle.contentSha256, now);
    return result;
  }

  let backup: PendingBackup | null = null;
  let outcome: { counts: Record<string, TableChanges>; suppressed: number } | null = null;
  try {
    if (!options.dryRun) {
      ctx.onProgress?.({ phase: 'backing-up', records: 0 });
      backup = ctx.backupBeforeImport();
    }
    ctx.onProgress?.({ phase: 'importing', records: 0 });
    db.transaction(() => {
      const refused = admitSigner(db, bundle, options.trustKey, now, options.trustAs ?? 'bundle');
      if (refused) throw new BundleRejected(refused);
      upsertPeerCity(db, bundle, now);
      outcome = apply(db, bundle, PeerSpace.ofAdmitted(bundle), ctx.figureThread ?? null, (records) => ctx.onProgress?.({ phase: 'importing', records }));
      bundle.checkUnread();
      const result: BundleImportResult = { ...described, status: 'imported', message: 'Imported.', counts: outcome.counts, suppressed: outcome.suppressed };
      if (options.dryRun) throw new DryRunDone();
      logReceived(db, result, bundle.contentSha256, now);
    })();
  } catch (error) {
    if (error instanceof DryRunDone && outcome !== null) {
      const done: { counts: Record<string, TableChanges>; suppressed: number } = outcome;
      return { ...described, status: 'checked', message: 'The bundle checks out and would be imported as counted; nothing was written.', counts: done.counts, suppressed: done.suppressed };
    }
    backup?.failed();
    if (error instanceof BundleRejected) return refuse(error.code, error.detail === '' ? error.message : `${error.message} (${error.detail})`);
    throw error;
  }
  backup?.succeeded();
  const done = outcome ?? { counts: {}, suppressed: 0 };
  return { ...described, status: 'imported', message: 'Imported.', counts: done.counts, suppressed: done.suppressed };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
