import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { FieldIssue } from '../../../shared/api/result';
import type { PaperContent } from '../../../shared/domain/priority-paper';
import type { OwnCity } from '../city/own-city';
import { FocalError } from '../errors';

/**
 * The one validator of the priority paper's content (the shape is the zod schema's): target groups
 * from the catalogue, priorities with distinct ids, and measures that are live commitments of the
 * own city — a paper promises only what the city's plan holds.
 */
export function validatePaperContent(db: Database, city: OwnCity, content: PaperContent): void {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string, code: string, params: Record<string, string | number> = {}) => issues.push({ path, message, problem: { code, params } });
  const groups = new Set(z.array(z.string()).parse(db.prepare('SELECT code FROM target_groups').pluck().all()));
  const commitments = new Set(z.array(z.string()).parse(db.prepare('SELECT uid FROM commitments WHERE city = ? AND deleted = 0').pluck().all(city.code)));
  const seen = new Set<string>();
  content.priorities.forEach((priority, i) => {
    if (seen.has(priority.uid)) add(`priorities.${i}.uid`, 'Two priorities have the same id.', 'part_repeated', { uid: priority.uid });
    seen.add(priority.uid);
    priority.targetGroups.forEach((code, j) => {
      if (!groups.has(code)) add(`priorities.${i}.targetGroups.${j}`, `"${code}" is not a target group of the catalogue.`, 'unknown_target_group', { value: code });
    });
    priority.measures.forEach((uid, j) => {
      if (!commitments.has(uid)) add(`priorities.${i}.measures.${j}`, 'This measure is not one of the city’s commitments (any more).', 'unknown_commitment', { uid });
    });
  });
  const first = issues[0];
  if (first) throw new FocalError('invalid_input', issues.length === 1 ? first.message : `${first.message} (${issues.length} problems in all.)`, issues);
}

/** A version's name: one line, unique among the live versions (people pick a version by it). */
export function validateVersionName(db: Database, city: OwnCity, name: string): void {
  const taken = db.prepare('SELECT 1 FROM paper_versions WHERE city = ? AND name = ? AND deleted = 0').get(city.code, name);
  if (taken !== undefined) {
    throw new FocalError('conflict', `A version is already named "${name}"; choose another name.`, [{ path: 'name', message: 'Name taken.', problem: { code: 'version_name_taken', params: { name } } }]);
  }
}
