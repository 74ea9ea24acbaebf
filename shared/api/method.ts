import type { z } from 'zod';
import type { BackupReason } from '../domain/store-status';

/** One API method as declared in the contract. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Writes run one at a time, each inside a single transaction. */
  writes: boolean;
  /**
   * Serialised with the writes but run outside a transaction: a restore swaps the connection a
   * transaction would run in, and SQLite cannot VACUUM INTO (a backup) inside one.
   */
  outsideTransaction?: boolean;
  /** Allowed while a damaged data file waits for the user's decision (every other write is not). */
  duringRecovery?: boolean;
  /** A backup is taken before the transaction starts (SQLite cannot VACUUM INTO inside one). */
  backupBefore?: BackupReason;
}

/** Keeps each entry's own input and output types while checking it is a MethodSpec. */
export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}
