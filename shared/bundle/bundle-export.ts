import { z } from 'zod';
import { Recipient } from './bundle-manifest';

/**
 * What a user can choose to share, by part: the profile (figures, sources, own indicators, districts,
 * narrative), each kind of plan record, and peer advice (advice, its threads, requests and learning
 * records — each only to the city it is addressed to, or to the whole network).
 */
export const shareableParts = ['profile', 'commitments', 'paper', 'assessments', 'activities', 'advice'] as const;
export const ShareablePart = z.enum(shareableParts);
export type ShareablePart = z.infer<typeof ShareablePart>;

export const BundleRequest = z
  .object({
    to: Recipient,
    /** Only what changed since the last complete bundle to the same recipients (everything when there was none). */
    sinceLast: z.boolean().default(false),
    parts: z.array(ShareablePart).min(1, 'Choose at least one part to share.').default([...shareableParts]),
    /** The figures of these indicators only; null for all. */
    indicators: z.array(z.string().min(1).max(80)).max(2000).nullable().default(null),
  })
  .strict();
export type BundleRequest = z.input<typeof BundleRequest>;

/** What leaves (or would leave) the machine: records per file, and what privacy kept back. */
export const BundleCounts = z.object({
  /** Records per file of the bundle, by path. */
  files: z.record(z.string(), z.number().int()),
  /** Small counts of people blanked, or blanked so they cannot be worked out. */
  suppressed: z.number().int(),
  /** Figures marked confidential, left out. */
  withheld: z.number().int(),
});
export type BundleCounts = z.infer<typeof BundleCounts>;

/** What became of the copy into the exchange folder's `outbox/`: its path, or why it failed (the export itself stands). */
export const OutboxCopy = z.union([z.object({ path: z.string() }), z.object({ error: z.string() })]);
export type OutboxCopy = z.infer<typeof OutboxCopy>;

export const BundleSummary = z.object({
  bundleId: z.string(),
  sequence: z.number().int(),
  recipients: Recipient,
  /** The sequence this bundle continues ("changes only"), or null for a full bundle. */
  since: z.number().int().nullable(),
  /** The file's name in the data folder's `bundles/sent/`. */
  name: z.string(),
  size: z.number().int(),
  counts: BundleCounts,
  /** The copy in the exchange folder's `outbox/` when one is set (else null). */
  outbox: OutboxCopy.nullable(),
});
export type BundleSummary = z.infer<typeof BundleSummary>;

export const BundlePreview = z.object({
  since: z.number().int().nullable(),
  counts: BundleCounts,
});
export type BundlePreview = z.infer<typeof BundlePreview>;

/** An export running on the bundle thread: how many figures of how many are written, then its summary. */
export const BundleExportJob = z.object({
  job: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  progress: z.object({ figures: z.number().int(), total: z.number().int() }),
  result: BundleSummary.nullable(),
  /** What went wrong when the job failed, in plain words. */
  error: z.string().nullable(),
});
export type BundleExportJob = z.infer<typeof BundleExportJob>;
export type BundleExportProgress = BundleExportJob['progress'];
