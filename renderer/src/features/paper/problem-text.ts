import type { TFunction } from 'i18next';
import type { IssuePlace } from './issue-places';

/** A problem the core found, in the interface language, with its details filled in. */
export function problemText(t: TFunction, place: IssuePlace, integer: (n: number) => string): string {
  const row = place.params.row;
  return t(`paper.problems.${place.code}`, { value: String(place.params.value ?? place.params.uid ?? ''), row: typeof row === 'number' ? integer(row) : String(row ?? '') });
}
