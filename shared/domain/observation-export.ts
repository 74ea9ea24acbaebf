import { z } from 'zod';

/** An export of the figures, prepared on its own thread while the interface keeps answering. */
export const exportJobStates = ['running', 'done', 'failed'] as const;

export const ExportJob = z.object({
  job: z.string(),
  state: z.enum(exportJobStates),
  /** Rows written so far. */
  rows: z.number().int(),
  /** When done: the file's suggested name, its type, how many rows and suppressed values it holds. */
  result: z.object({ name: z.string(), mediaType: z.string(), rows: z.number().int(), suppressed: z.number().int() }).nullable(),
  /** What went wrong when the job failed, in plain words. */
  error: z.string().nullable(),
});
export type ExportJob = z.infer<typeof ExportJob>;
