import { z } from 'zod';
import { BundleCounts } from './bundle-export';
import { TableChanges } from './bundle-import';

/** A bundle this city made, as the Exchange page lists it. */
export const SentBundle = z.object({
  bundleId: z.string(),
  sequence: z.number().int(),
  recipients: z.string(),
  since: z.number().int().nullable(),
  createdAt: z.string(),
  name: z.string(),
  /** False for an export that was interrupted: it never left, and "changes since" does not count it. */
  complete: z.boolean(),
  counts: BundleCounts.nullable(),
});
export type SentBundle = z.infer<typeof SentBundle>;

/** A bundle offered for import, and what became of it. */
export const ReceivedBundle = z.object({
  bundleId: z.string().nullable(),
  sender: z.string().nullable(),
  sequence: z.number().int().nullable(),
  createdAt: z.string().nullable(),
  receivedAt: z.string(),
  result: z.enum(['imported', 'duplicate', 'rejected']),
  code: z.string().nullable(),
  counts: z.record(z.string(), TableChanges),
});
export type ReceivedBundle = z.infer<typeof ReceivedBundle>;
