import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { type Activity, type ActivityDraft, type ParticipantCount, participantSexes } from '../../../shared/domain/activity';
import type { OwnCity } from '../city/own-city';
import { FocalError } from '../errors';
import { activityColumnNames, findActivity, readStoredActivity, type ActivityColumns } from './activity-queries';
import { validateActivity } from './activity-validator';

/**
 * The one writer of activities (docs/data-model.md): only the own city's, after the one validator;
 * each change raises the revision, writing the same content again changes nothing, a removal leaves a
 * tombstone, and an activity saved again under a removed id continues from its tombstone's revision.
 */

/** Adds an activity (no `uid`) or changes one; answers it as stored. */
export function saveActivity(db: Database, city: OwnCity, now: Date, draft: ActivityDraft): Activity {
  const uid = draft.uid ?? randomUUID();
  const stored = readStoredActivity(db, city.code, uid);
  if (draft.uid !== undefined && (!stored || stored.deleted) && draft.baseRevision !== undefined && draft.baseRevision > 0) {
    throw new FocalError('not_found', 'This activity was removed since you opened it.');
  }
  validateActivity(db, city, draft, stored);
  const columns = toColumns(draft, ageOrder(db));
  const values = { city: city.code, uid, now: now.getTime(), ...columns };
  if (!stored) {
    db.prepare(
      `INSERT INTO activities (city, uid, ${activityColumnNames.join(', ')}, revision, updated_at, deleted)
       VALUES (@city, @uid, ${activityColumnNames.map((name) => `@${name}`).join(', ')}, 1, @now, 0)`,
    ).run(values);
  } else if (stored.deleted || activityColumnNames.some((name) => stored.columns[name] !== columns[name])) {
    db.prepare(
      `UPDATE activities SET ${activityColumnNames.map((name) => `${name} = @${name}`).join(', ')}, revision = revision + 1, updated_at = @now, deleted = 0
       WHERE city = @city AND uid = @uid`,
    ).run(values);
  }
  const saved = findActivity(db, city.code, uid);
  if (!saved) throw new Error(`The activity ${uid} was not saved.`);
  return saved;
}

/** Removes an activity: a tombstone one revision up, so peers holding it drop it too. */
export function deleteActivity(db: Database, city: OwnCity, now: Date, uid: string): void {
  const stored = readStoredActivity(db, city.code, uid);
  if (!stored || stored.deleted) throw new FocalError('not_found', 'This activity does not exist or was already removed.');
  db.prepare('UPDATE activities SET deleted = 1, revision = revision + 1, updated_at = ? WHERE city = ? AND uid = ?').run(now.getTime(), city.code, uid);
}

/** The age codelist's order, so the participant cells are stored the same way however the form sent them. */
function ageOrder(db: Database): Map<string, number> {
  const rows = db.prepare("SELECT code FROM codelist_values WHERE codelist = 'age' ORDER BY position").pluck().all();
  return new Map(rows.map((code, i) => [String(code), i]));
}

function toColumns(draft: ActivityDraft, ages: Map<string, number>): ActivityColumns {
  // An empty cell and a zero say the same: only counts above zero are kept, in one order.
  const order = (cell: ParticipantCount) => participantSexes.indexOf(cell.sex) * 1000 + (ages.get(cell.age) ?? 999);
  const participants = draft.participants.filter((cell) => cell.count > 0).sort((a, b) => order(a) - order(b));
  return {
    kind: draft.kind,
    title: draft.title,
    language: draft.language,
    date: draft.date,
    end_date: draft.endDate,
    place: draft.place,
    host: draft.host,
    cities: JSON.stringify(draft.cities),
    participants: JSON.stringify(participants),
    outputs: draft.outputs,
    follow_ups: JSON.stringify(draft.followUps),
  };
}
