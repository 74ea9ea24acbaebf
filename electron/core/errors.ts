import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
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

/** Why a data folder could not be opened; the storage reasons match the error codes of the same name. */
export type StoreOpenReason = 'newer_version' | 'unreadable' | 'locked' | 'upgrade_failed' | 'storage_full' | 'storage_denied' | 'storage_error';

/** Raised when the data folder cannot be opened safely; hosts show it and stop. */
export class StoreOpenError extends Error {
  constructor(
    readonly reason: StoreOpenReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreOpenError';
  }
}

/**
 * What the disk refused: no space left; no permission (a read-only disk, another user's folder); a
 * lock held by another program; a damaged file; or the disk itself failing.
 */
type StorageFailureKind = 'full' | 'denied' | 'busy' | 'damaged' | 'failing';

/** What was being done when the disk failed: the message says what was and was not saved. */
export type StorageTask =
  /** A change to the data (any call through dispatch, an import). `folder` is the data folder. */
  | { kind: 'change'; folder?: string }
  /** Writing a file the user asked for (an export, a report). */
  | { kind: 'file'; file: string }
  /** Opening the data folder at start. */
  | { kind: 'open'; folder: string };

const noSpace = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT', 'SQLITE_IOERR_SHMSIZE']);
const denied = /^(EACCES|EPERM|EROFS|SQLITE_READONLY|SQLITE_PERM|SQLITE_AUTH)/;
const busy = /^SQLITE_(BUSY|LOCKED)/;
const damaged = /^SQLITE_(CORRUPT|NOTADB)/;
const failing = /^(SQLITE_(IOERR|CANTOPEN|PROTOCOL)|EIO$|ENXIO$|ENODEV$|ESTALE$)/;

/**
 * Below this much free space, a disk error SQLite could not name more precisely (SQLITE_IOERR_WRITE,
 * _TRUNCATE, _FSYNC, CANTOPEN…) is most likely the full disk, and is reported as such.
 */
const nearlyFullBytes = 8 * 1024 * 1024;

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

function isNearlyFull(folder: string | undefined): boolean {
  if (folder === undefined) return false;
  try {
    const space = statfsSync(folder);
    return space.bavail * space.bsize < nearlyFullBytes;
  } catch {
    return false;
  }
}

function classify(code: string, folder: string | undefined): StorageFailureKind | null {
  if (noSpace.has(code)) return 'full';
  if (denied.test(code)) return 'denied';
  if (busy.test(code)) return 'busy';
  if (damaged.test(code)) return 'damaged';
  if (failing.test(code)) return isNearlyFull(folder) ? 'full' : 'failing';
  return null;
}

const codeOf: Record<StorageFailureKind, Extract<ErrorCode, 'storage_full' | 'storage_denied' | 'storage_error'>> = {
  full: 'storage_full',
  denied: 'storage_denied',
  busy: 'storage_error',
  damaged: 'storage_error',
  failing: 'storage_error',
};

function wordsFor(kind: StorageFailureKind, code: string, task: StorageTask): string {
  const notAllowed = '(it is read-only, or belongs to another user account)';
  if (task.kind === 'file') {
    const file = task.file;
    switch (kind) {
      case 'full':
        return `The disk is full, so ${file} was not saved. Free some space, or choose another disk, and try again. Your data in Focal is intact.`;
      case 'denied':
        return `Focal is not allowed to write ${file}: the folder is read-only, or belongs to another user account. Choose another folder and try again.`;
      case 'busy':
      case 'damaged':
      case 'failing':
        return `The disk reported an error (${code}), so ${file} was not saved. Check the disk, or choose another folder, and try again.`;
    }
  }
  if (task.kind === 'open') {
    const folder = task.folder;
    switch (kind) {
      case 'full':
        return `The disk is full, so Focal cannot open its data folder ${folder}. Free some space and start Focal again; your data is intact.`;
      case 'denied':
        return `Focal is not allowed to write to its data folder ${folder} ${notAllowed}, so it cannot open it. Your data is intact.`;
      case 'busy':
        return `The data file in ${folder} is busy: another program (perhaps another Focal) is writing to it. Try again in a moment; your data is intact.`;
      case 'damaged':
        return `Focal found damage in its data file in ${folder} (${code}). Start Focal again: it checks the file and offers your latest backup.`;
      case 'failing':
        return `The disk holding the data folder ${folder} reported an error (${code}), so Focal cannot open it. It may have been removed or be failing; check it and try again.`;
    }
  }
  switch (kind) {
    case 'full':
      return 'The disk is full, so nothing was saved. Free some space and try again; your earlier data is intact.';
    case 'denied':
      return `Focal is not allowed to write to its data folder ${notAllowed}, so nothing was saved. Your earlier data is intact.`;
    case 'busy':
      return 'The data file is busy: another program (perhaps another Focal) is writing to it. Try again in a moment; nothing was saved.';
    case 'damaged':
      return `Focal found damage in its data file (${code}), so nothing was saved. Close Focal and open it again: it checks the file and offers your latest backup.`;
    case 'failing':
      return `The disk reported an error (${code}), so nothing was saved. It may have been removed or be failing; check it and try again. Your earlier data is intact.`;
  }
}

/**
 * Node/SQLite errors that come from the disk rather than from a bug, in words a focal point
 * understands, with a stable code (storage_full, storage_denied, storage_error). Anything else (a
 * constraint, a bad query) is a bug and reported as internal by the caller.
 */
export function describeStorageFailure(error: unknown, task: StorageTask = { kind: 'change' }): FocalError | null {
  const code = errorCode(error);
  const folder = task.kind === 'file' ? dirname(task.file) : task.folder;
  const kind = classify(code, folder);
  return kind === null ? null : new FocalError(codeOf[kind], wordsFor(kind, code, task));
}

/** The same, for a data folder that could not be opened: a StoreOpenError hosts show before they stop. */
export function describeStoreOpenFailure(error: unknown, folder: string): StoreOpenError | null {
  const failure = describeStorageFailure(error, { kind: 'open', folder });
  if (!failure) return null;
  const reason = failure.code === 'storage_full' || failure.code === 'storage_denied' ? failure.code : 'storage_error';
  return new StoreOpenError(reason, failure.message, { cause: error });
}
