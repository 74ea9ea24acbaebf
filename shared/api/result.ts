/** Stable error codes every host shows and every test can rely on. */
export const errorCodes = [
  'unknown_method',
  'invalid_input',
  'not_initialised',
  'already_initialised',
  'not_found',
  'conflict',
  'storage_full',
  // The disk refused to be written to: a read-only disk, or a folder of another user account.
  'storage_denied',
  'storage_error',
  'unreadable_file',
  'too_large',
  'internal',
  // Transport-level refusals of the browser host; the core itself never answers these.
  'unauthorised',
  'forbidden',
  'bad_request',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One field that failed validation, addressed by its path in the input. */
export interface FieldIssue {
  path: string;
  message: string;
  /** A stable reason the interface words in its language (an import problem code), with its details. */
  problem?: { code: string; params: Record<string, string | number> };
}

/** What crosses a process boundary instead of a thrown error (Electron keeps only a message). */
export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

/** The envelope of every answer from the core. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, issues?: FieldIssue[]): Result<T> {
  return issues ? { ok: false, error: { code, message, issues } } : { ok: false, error: { code, message } };
}
