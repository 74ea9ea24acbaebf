import type { ErrorCode, FieldIssue } from '../../shared/api/result';

/** An expected failure with a stable code; dispatch turns it into a Result, never a crash. */
export class FocalError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'FocalError';
  }
}

/** Raised when the data folder cannot be opened safely; hosts show it and stop. */
export class StoreOpenError extends Error {
  constructor(
    readonly reason: 'newer_version' | 'unreadable' | 'locked',
    message: string,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}

/**
 * Node/SQLite errors that come from the disk rather than from a bug, in words a focal point
 * understands. Anything else (a constraint, a bad query) is a bug and reported as internal.
 */
export function describeStorageFailure(error: unknown): FocalError | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new FocalError('storage_full', 'The disk is full, so nothing was saved. Free some space and try again; your earlier data is intact.');
  }
  const storageCodes = /^(SQLITE_(IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|BUSY|LOCKED|PERM)|EACCES|EROFS|EIO|EPERM)/;
  if (storageCodes.test(code)) {
    return new FocalError('storage_error', `The data file could not be written (${code}). Nothing was saved; your earlier data is intact.`);
  }
  return null;
}
