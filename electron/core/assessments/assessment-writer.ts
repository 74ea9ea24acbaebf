import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { Assessment, AssessmentDraft } from '../../../shared/domain/assessment';
import type { OwnCity } from '../city/own-city';
import { FocalError } from '../errors';
import { assessmentColumnNames, findAssessment, readStoredAssessment, type AssessmentColumns } from './assessment-queries';
import { validateAssessment } from './assessment-validator';

/**
 * The one writer of self-assessments (docs/data-model.md): only the own city's, after the one
 * validator; each change raises the revision, writing the same content again changes nothing, a
 * removal leaves a tombstone, and a save under a removed id continues from its tombstone's revision.
 */

export function saveAssessment(db: Database, city: OwnCity, now: Date, draft: AssessmentDraft): Assessment {
  const uid = draft.uid ?? randomUUID();
  const stored = readStoredAssessment(db, city.code, uid);
  if (draft.uid !== undefined && (!stored || stored.deleted) && draft.baseRevision !== undefined && draft.baseRevision > 0) {
    throw new FocalError('not_found', 'This assessment was removed since you opened it.');
  }
  validateAssessment(db, city, draft, stored);
  const columns = toColumns(db, draft);
  const values = { city: city.code, uid, now: now.getTime(), ...columns };
  if (!stored) {
    db.prepare('INSERT INTO assessments (city, uid, framework, date, title, scores, revision, updated_at, deleted) VALUES (@city, @uid, @framework, @date, @title, @scores, 1, @now, 0)').run(values);
  } else if (stored.deleted || assessmentColumnNames.some((name) => stored.columns[name] !== columns[name])) {
    db.prepare('UPDATE assessments SET framework = @framework, date = @date, title = @title, scores = @scores, revision = revision + 1, updated_at = @now, deleted = 0 WHERE city = @city AND uid = @uid').run(values);
  }
  const saved = findAssessment(db, city.code, uid);
  if (!saved) throw new Error(`The assessment ${uid} was not saved.`);
  return saved;
}

export function deleteAssessment(db: Database, city: OwnCity, now: Date, uid: string): void {
  const stored = readStoredAssessment(db, city.code, uid);
  if (!stored || stored.deleted) throw new FocalError('not_found', 'This assessment does not exist or was already removed.');
  db.prepare('UPDATE assessments SET deleted = 1, revision = revision + 1, updated_at = ? WHERE city = ? AND uid = ?').run(now.getTime(), city.code, uid);
}

function toColumns(db: Database, draft: AssessmentDraft): AssessmentColumns {
  // Scores in the framework's order, and a criterion with nothing said left out: the same answers store the same way.
  const items = z.array(z.object({ code: z.string(), position: z.number() })).parse(db.prepare('SELECT code, position FROM framework_items WHERE framework = ?').all(draft.framework));
  const position = new Map(items.map((item) => [item.code, item.position]));
  const said = draft.scores.filter((answer) => answer.score !== null || answer.evidence !== '' || answer.commitments.length > 0);
  const scores = [...said].sort((a, b) => (position.get(a.item) ?? 0) - (position.get(b.item) ?? 0));
  return { framework: draft.framework, date: draft.date, title: draft.title, scores: JSON.stringify(scores) };
}

