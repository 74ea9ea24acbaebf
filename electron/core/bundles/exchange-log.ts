import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { BundleCounts } from '../../../shared/bundle/bundle-export';
import { TableChanges } from '../../../shared/bundle/bundle-import';
import type { ReceivedBundle, SentBundle } from '../../../shared/bundle/bundle-log';
import { FocalError } from '../errors';
import type { DataPaths } from '../paths';

const SentRow = z.object({ bundle_id: z.string(), sequence: z.number(), recipients: z.string(), since: z.number().nullable(), created_at: z.string(), file_name: z.string(), counts: z.string(), complete: z.number() });
const ReceivedRow = z.object({
  bundle_id: z.string().nullable(),
  sender: z.string().nullable(),
  sequence: z.number().nullable(),
  created_at: z.string().nullable(),
  received_at: z.string(),
  result: z.enum(['imported', 'duplicate', 'rejected']),
  code: z.string().nullable(),
  counts: z.string(),
});

/** Every bundle this city made, newest first. */
export function listSentBundles(db: Database): SentBundle[] {
  return z
    .array(SentRow)
    .parse(db.prepare('SELECT * FROM sent_bundles ORDER BY sequence DESC').all())
    .map((row) => {
      const counts = BundleCounts.safeParse(JSON.parse(row.counts));
      return { bundleId: row.bundle_id, sequence: row.sequence, recipients: row.recipients, since: row.since, createdAt: row.created_at, name: row.file_name, complete: row.complete === 1, counts: row.complete === 1 && counts.success ? counts.data : null };
    });
}

/** Every bundle offered for import, newest first. */
export function listReceivedBundles(db: Database): ReceivedBundle[] {
  return z
    .array(ReceivedRow)
    .parse(db.prepare('SELECT * FROM received_bundles ORDER BY id DESC').all())
    .map((row) => ({
      bundleId: row.bundle_id,
      sender: row.sender,
      sequence: row.sequence,
      createdAt: row.created_at,
      receivedAt: row.received_at,
      result: row.result,
      code: row.code,
      counts: z.record(z.string(), TableChanges).catch({}).parse(JSON.parse(row.counts)),
    }));
}

/** A sent bundle's file, to save again or send by another way; found by its id, never by a name from outside. */
export function readSentBundle(db: Database, paths: DataPaths, bundleId: string): { name: string; base64: string } {
  const row = SentRow.optional().parse(db.prepare('SELECT * FROM sent_bundles WHERE bundle_id = ? AND complete = 1').get(bundleId));
  if (!row) throw new FocalError('not_found', 'This bundle was not made, or its export did not finish.');
  try {
    return { name: row.file_name, base64: readFileSync(join(paths.sentBundlesDir, row.file_name)).toString('base64') };
  } catch {
    throw new FocalError('not_found', `The file of bundle ${row.sequence} is no longer in the data folder (bundles/sent/${row.file_name}).`);
  }
}
