import type { z } from 'zod';
import type { BackupReason } from '../domain/store-status';

/** One API method as declared in the contract. */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Writes run one at a time, each inside a single transaction. */
  writes: boolean;
  /**
   * The method swaps the database file itself (restore): it is serialised with the writes but runs
   * outside a transaction, because the connection it would run in is the one being replaced.
   */
  replacesStore?: boolean;
  /** A backup is taken before the transaction starts (SQLite cannot VACUUM INTO inside one). */
  backupBefore?: BackupReason;
}

/** Keeps each entry's own input and output types while checking it is a MethodSpec. */
export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}
