import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { FieldIssue } from '../../../shared/api/result';
import type { ActivityDraft } from '../../../shared/domain/activity';
import type { OwnCity } from '../city/own-city';
import { FocalError } from '../errors';
import { commitmentExists } from './activity-queries';

/**
 * The one validator of activities (docs/data-model.md): the form and, later, a peer's bundle pass
 * through it before the one writer stores anything. The shape is the zod schema's; this checks what
 * needs the store (age bands against the codelist, linked commitments against the city's) and what
 * spans fields, and reports every problem at once, each on its field's path.
 */

type Issue = FieldIssue & { problem: { code: string; params: Record<string, string | number> } };

export interface StoredRevision {
  revision: number;
  deleted: boolean;
}

/** Checks an activity before it is written; `stored` is what the store holds under its id, if anything. */
export function validateActivity(db: Database, city: OwnCity, draft: ActivityDraft, stored: StoredRevision | null): void {
  if (stored && !stored.deleted && draft.baseRevision !== undefined && draft.baseRevision !== stored.revision) {
    throw new FocalError('conflict', 'This activity was changed elsewhere since you opened it. Reload it, then make your change again.', [
      { path: 'baseRevision', message: 'Changed since opened.', problem: { code: 'activity_changed', params: { revision: stored.revision } } },
    ]);
  }
  const issues: Issue[] = [];
  const add = (path: string, message: string, code: string, params: Record<string, string | number> = {}) => issues.push({ path, message, problem: { code, params } });

  if (draft.title === '') add('title', 'Give the activity a title.', 'title_missing');
  if (draft.endDate !== null && draft.endDate < draft.date) add('endDate', `The end ${draft.endDate} comes before the start ${draft.date}.`, 'end_before_start', { date: draft.date, endDate: draft.endDate });

  const bands = new Set(z.array(z.string()).parse(db.prepare("SELECT code FROM codelist_values WHERE codelist = 'age'").pluck().all()));
  const cells = new Set<string>();
  draft.participants.forEach((cell, i) => {
    if (!bands.has(cell.age)) add(`participants.${i}.age`, `"${cell.age}" is not an age band.`, 'unknown_age_band', { value: cell.age });
    const key = `${cell.sex} ${cell.age}`;
    if (cells.has(key)) add(`participants.${i}`, `${cell.sex} ${cell.age} is counted twice.`, 'participants_repeated', { sex: cell.sex, age: cell.age });
    cells.add(key);
  });

  const followUps = new Set<string>();
  draft.followUps.forEach((followUp, i) => {
    if (followUp.text === '') add(`followUps.${i}.text`, 'Say what is to follow.', 'follow_up_empty');
    if (followUps.has(followUp.uid)) add(`followUps.${i}.uid`, 'Two follow-ups have the same id.', 'part_repeated', { uid: followUp.uid });
    followUps.add(followUp.uid);
    if (followUp.commitment !== null && !commitmentExists(db, city.code, followUp.commitment)) {
      add(`followUps.${i}.commitment`, 'The city has no such commitment.', 'unknown_commitment', { uid: followUp.commitment });
    }
  });

  if (issues.length > 0) {
    const first = issues[0]?.message ?? 'The activity is not valid.';
    throw new FocalError('invalid_input', issues.length === 1 ? first : `${first} (${issues.length} problems in all.)`, issues);
  }
}
