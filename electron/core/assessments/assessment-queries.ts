import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { type Assessment, CriterionAnswer } from '../../../shared/domain/assessment';

/** Reads self-assessments of any city's space; the one writer is assessment-writer.ts. */

const Row = z.object({
  city: z.string(),
  uid: z.string(),
  framework: z.string(),
  date: z.string(),
  title: z.string(),
  scores: z.string().transform((text) => z.array(CriterionAnswer).parse(JSON.parse(text))),
  revision: z.number().int(),
  updated_at: z.number().int(),
});

const columns = 'city, uid, framework, date, title, scores, revision, updated_at';

function toAssessment(row: unknown): Assessment {
  const r = Row.parse(row);
  return { city: r.city, uid: r.uid, framework: r.framework, date: r.date, title: r.title, scores: r.scores, revision: r.revision, updatedAt: r.updated_at };
}

/** The live assessments of a city, newest first. */
export function listAssessments(db: Database, city: string): Assessment[] {
  return db.prepare(`SELECT ${columns} FROM assessments WHERE city = ? AND deleted = 0 ORDER BY date DESC, updated_at DESC`).all(city).map(toAssessment);
}

export function findAssessment(db: Database, city: string, uid: string): Assessment | null {
  const row = db.prepare(`SELECT ${columns} FROM assessments WHERE city = ? AND uid = ? AND deleted = 0`).get(city, uid);
  return row === undefined ? null : toAssessment(row);
}

const StoredRow = z.object({ framework: z.string(), date: z.string(), title: z.string(), scores: z.string(), revision: z.number().int(), deleted: z.number().int() });
/** An assessment's content as its columns hold it: what the writer writes and compares. */
export type AssessmentColumns = Omit<z.infer<typeof StoredRow>, 'revision' | 'deleted'>;
export const assessmentColumnNames: readonly (keyof AssessmentColumns)[] = ['framework', 'date', 'title', 'scores'];

export interface StoredAssessment {
  columns: AssessmentColumns;
  revision: number;
  deleted: boolean;
}

/** What the writer compares a change with: the stored row, tombstones included. */
export function readStoredAssessment(db: Database, city: string, uid: string): StoredAssessment | null {
  const raw = db.prepare('SELECT framework, date, title, scores, revision, deleted FROM assessments WHERE city = ? AND uid = ?').get(city, uid);
  if (raw === undefined) return null;
  const { revision, deleted, ...stored } = StoredRow.parse(raw);
  return { columns: stored, revision, deleted: deleted === 1 };
}
