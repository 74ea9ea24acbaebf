import type { ApiError } from '../../../../../shared/api/result';

/** Where the text being edited stands against what is stored. */
export type SaveState =
  /** As stored; `justSaved` right after this editor saved it, so it can say "saved". */
  | { state: 'clean'; at: string | null; justSaved: boolean }
  | { state: 'dirty' }
  | { state: 'saving' }
  /** Still unsaved, and the last try failed. */
  | { state: 'failed'; error: ApiError };
