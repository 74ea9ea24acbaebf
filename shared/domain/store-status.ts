import { z } from 'zod';

export const BackupReason = z.enum(['before-migration', 'before-restore', 'before-import', 'before-removal', 'manual']);
export type BackupReason = z.infer<typeof BackupReason>;

/** One rotating backup file (VACUUM INTO), kept outside the live database's folder. */
export const BackupInfo = z.object({
  file: z.string(),
  takenAt: z.string(),
  reason: BackupReason,
  bytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** Set when the data file failed its check at start and was moved aside. */
export const Recovery = z.object({
  setAsideAs: z.string(),
  detectedAt: z.string(),
  problem: z.string(),
  latestBackup: BackupInfo.nullable(),
});
export type Recovery = z.infer<typeof Recovery>;
