import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { PaperContent, PaperVersion, PriorityPaper } from '../../../shared/domain/priority-paper';
import type { OwnCity } from '../city/own-city';
import { FocalError } from '../errors';
import { findPaperVersion, listPaperVersions, readPaper } from './paper-queries';
import { validatePaperContent, validateVersionName } from './paper-validator';

/**
 * The one writer of the priority paper and its versions (docs/data-model.md): only the own city's,
 * after the one validator; each change raises the revision, the same content again changes nothing,
 * a removed version leaves a tombstone. The paper itself is never removed: an empty paper is a paper.
 */

/** Saves the paper's content; `baseRevision` is the revision the editor opened, so a newer one is not overwritten. */
export function savePaper(db: Database, city: OwnCity, now: Date, content: PaperContent, baseRevision: number | undefined): PriorityPaper {
  const stored = readPaper(db, city.code);
  if (baseRevision !== undefined && baseRevision !== stored.revision) {
    throw new FocalError('conflict', 'The paper was changed elsewhere since you opened it. Reload it, then make your change again.', [
      { path: 'baseRevision', message: 'Changed since opened.', problem: { code: 'paper_changed', params: { revision: stored.revision } } },
    ]);
  }
  validatePaperContent(db, city, content);
  const text = JSON.stringify(content);
  if (stored.revision > 0 && JSON.stringify(stored.content) === text) return stored;
  db.prepare(
    `INSERT INTO priority_papers (city, content, revision, updated_at) VALUES (?, ?, 1, ?)
     ON CONFLICT (city) DO UPDATE SET content = excluded.content, revision = priority_papers.revision + 1, updated_at = excluded.updated_at`,
  ).run(city.code, text, now.getTime());
  return readPaper(db, city.code);
}

/** Keeps the paper as it is now under a name. */
export function saveVersion(db: Database, city: OwnCity, now: Date, name: string): PaperVersion {
  validateVersionName(db, city, name);
  const paper = readPaper(db, city.code);
  const uid = randomUUID();
  db.prepare('INSERT INTO paper_versions (city, uid, name, content, saved_at, revision, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)').run(
    city.code,
    uid,
    name,
    JSON.stringify(paper.content),
    now.getTime(),
    now.getTime(),
  );
  const saved = findPaperVersion(db, city.code, uid);
  if (!saved) throw new Error(`The version ${name} was not saved.`);
  return saved;
}

/**
 * Goes back to a version: the paper's content becomes the version's. Nothing is lost: the text as it
 * was is first kept as a version named `keepCurrentAs` (the interface words it in its language)
 * unless a version already holds exactly it. Measures whose commitment was removed since are left out.
 */
export function restoreVersion(db: Database, city: OwnCity, now: Date, uid: string, keepCurrentAs: string): PriorityPaper {
  const version = findPaperVersion(db, city.code, uid);
  if (!version) throw new FocalError('not_found', 'This version does not exist or was removed.');
  const current = readPaper(db, city.code);
  const currentText = JSON.stringify(current.content);
  const kept = current.revision === 0 || listPaperVersions(db, city.code).some((v) => JSON.stringify(v.content) === currentText);
  if (!kept) saveVersion(db, city, now, keepCurrentAs);
  const live = new Set(z.array(z.string()).parse(db.prepare('SELECT uid FROM commitments WHERE city = ? AND deleted = 0').pluck().all(city.code)));
  const content = { ...version.content, priorities: version.content.priorities.map((p) => ({ ...p, measures: p.measures.filter((m) => live.has(m)) })) };
  return savePaper(db, city, now, content, undefined);
}

export function deleteVersion(db: Database, city: OwnCity, now: Date, uid: string): void {
  if (!findPaperVersion(db, city.code, uid)) throw new FocalError('not_found', 'This version does not exist or was already removed.');
  db.prepare('UPDATE paper_versions SET deleted = 1, revision = revision + 1, updated_at = ? WHERE city = ? AND uid = ?').run(now.getTime(), city.code, uid);
}
