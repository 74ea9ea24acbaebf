import { z } from 'zod';
import { CityCode, CityNames } from '../domain/city';
import { bundleRejectionCodes } from './bundle-rejection';
import { Recipient } from './bundle-manifest';

/** What an import did (or, in a dry run, would do) to one table of the sender's space. */
export const TableChanges = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Records held at the same or a newer revision with other content: the held copy is kept. */
  conflicts: z.number().int(),
  deleted: z.number().int(),
});
export type TableChanges = z.infer<typeof TableChanges>;

export const BundleImportStatus = z.enum(['imported', 'checked', 'duplicate', 'rejected']);
export type BundleImportStatus = z.infer<typeof BundleImportStatus>;

export const BundleImportResult = z.object({
  /** `checked`: a dry run that would import; nothing was written. */
  status: BundleImportStatus,
  code: z.enum(bundleRejectionCodes).nullable(),
  message: z.string(),
  /** Who signed it, as far as the bundle could be read: what the user compares before trusting. */
  sender: z.object({ city: CityCode, names: CityNames, fingerprint: z.string(), publicKey: z.string() }).nullable(),
  bundleId: z.string().nullable(),
  sequence: z.number().int().nullable(),
  recipients: Recipient.nullable(),
  createdAt: z.string().nullable(),
  /** What the bundle says it holds: records per file. */
  claims: z.record(z.string(), z.number().int()),
  /** What the import did, per table. */
  counts: z.record(z.string(), TableChanges),
  /** Figures the sender suppressed (small counts): they arrive without a value and are not stored. */
  suppressed: z.number().int(),
});
export type BundleImportResult = z.infer<typeof BundleImportResult>;

/** An import of a received bundle running on its own thread, or finished. */
export const BundleImportJob = z.object({
  job: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  dryRun: z.boolean(),
  /** Where a running import stands, and how many records it has written so far. */
  progress: z.object({ phase: z.enum(['checking', 'backing-up', 'importing']), records: z.number().int() }),
  result: BundleImportResult.nullable(),
  /** What went wrong when the job failed (not a refusal: a refusal is a result), in plain words. */
  error: z.string().nullable(),
});
export type BundleImportJob = z.infer<typeof BundleImportJob>;
export type BundleImportProgress = BundleImportJob['progress'];
