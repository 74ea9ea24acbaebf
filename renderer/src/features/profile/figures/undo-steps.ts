import type { MethodInput, MethodOutput } from '../../../../../shared/api/contract';
import type { ObservationKey } from '../../../../../shared/domain/observation-record';
import { keyOf, rowId } from './observation-draft';

/** The last `limit` steps, the new one last: the oldest are forgotten first. */
export function pushStep<T>(steps: readonly T[], step: T, limit: number): T[] {
  return [...steps.slice(-(limit - 1)), step];
}

/**
 * What puts the table back after a row was saved: the row it replaced goes back (the core checks it
 * again like any write), and a new row — or a row whose key changed — is removed from where it went.
 */
export function undoOfSave(original: ObservationKey | null, answer: MethodOutput<'observations.save'>): MethodInput<'observations.restore'> {
  const { row, replaced } = answer;
  const moved = original !== null && rowId(original) !== rowId(row);
  return { rows: replaced ? [replaced] : [], remove: !replaced || moved ? [keyOf(row)] : [] };
}

/** What puts deleted rows back. */
export function undoOfDelete(answer: MethodOutput<'observations.delete'>): MethodInput<'observations.restore'> {
  return { rows: answer.removed, remove: [] };
}
