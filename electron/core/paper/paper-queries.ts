import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { emptyPaperContent, PaperContent, type PaperVersion, type PriorityPaper } from '../../../shared/domain/priority-paper';

/** Reads the priority paper and its versions in any city's space; the one writer is paper-writer.ts. */

const content = z.string().transform((text) => PaperContent.parse(JSON.parse(text)));
const PaperRow = z.object({ city: z.string(), content, revision: z.number().int(), updated_at: z.number().int() });
const VersionRow = z.object({ city: z.string(), uid: z.string(), name: z.string(), content, saved_at: z.number().int(), revision: z.number().int(), updated_at: z.number().int() });

/** The city's paper; a city that never wrote one has an empty paper at revision 0. */
export function readPaper(db: Database, city: string): PriorityPaper {
  const row = db.prepare('SELECT city, content, revision, updated_at FROM priority_papers WHERE city = ?').get(city);
  if (row === undefined) return { city, content: emptyPaperContent(), revision: 0, updatedAt: 0 };
  const r = PaperRow.parse(row);
  return { city: r.city, content: r.content, revision: r.revision, updatedAt: r.updated_at };
}

function toVersion(row: unknown): PaperVersion {
  const r = VersionRow.parse(row);
  return { city: r.city, uid: r.uid, name: r.name, content: r.content, savedAt: r.saved_at, revision: r.revision, updatedAt: r.updated_at };
}

/** The live versions, newest first. */
export function listPaperVersions(db: Database, city: string): PaperVersion[] {
  return db.prepare('SELECT city, uid, name, content, saved_at, revision, updated_at FROM paper_versions WHERE city = ? AND deleted = 0 ORDER BY saved_at DESC, name').all(city).map(toVersion);
}

export function findPaperVersion(db: Database, city: string, uid: string): PaperVersion | null {
  const row = db.prepare('SELECT city, uid, name, content, saved_at, revision, updated_at FROM paper_versions WHERE city = ? AND uid = ? AND deleted = 0').get(city, uid);
  return row === undefined ? null : toVersion(row);
}

export function findPaperVersionByName(db: Database, city: string, name: string): PaperVersion | null {
  const row = db.prepare('SELECT city, uid, name, content, saved_at, revision, updated_at FROM paper_versions WHERE city = ? AND name = ? AND deleted = 0').get(city, name);
  return row === undefined ? null : toVersion(row);
}
