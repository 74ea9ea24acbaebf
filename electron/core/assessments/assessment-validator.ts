import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { FieldIssue } from '../../../shared/api/result';
import type { AssessmentDraft } from '../../../shared/domain/assessment';
import type { OwnCity } from '../city/own-city';
import { FocalError } from '../errors';

/**
 * The one validator of self-assessments (docs/data-model.md). The shape is the zod schema's; this
 * checks what needs the store — the framework is one of the catalogue's scored ones, every criterion
 * belongs to it, every linked commitment is one of the own city's live commitments — and reports
 * every problem at once, each on its field's path.
 */

type Issue = FieldIssue & { problem: { code: string; params: Record<string, string | number> } };

export interface StoredRevision {
  revision: number;
  deleted: boolean;
}

const Framework = z.object({ scoring: z.string() }).optional();
const codes = (db: Database, sql: string, ...params: string[]): Set<string> => new Set(z.array(z.string()).parse(db.prepare(sql).pluck().all(...params)));

export function validateAssessment(db: Database, city: OwnCity, draft: AssessmentDraft, stored: StoredRevision | null): void {
  if (stored && !stored.deleted && draft.baseRevision !== undefined && draft.baseRevision !== stored.revision) {
    throw new FocalError('conflict', 'This assessment was changed elsewhere since you opened it. Reload it, then make your change again.', [
      { path: 'baseRevision', message: 'Changed since opened.', problem: { code: 'assessment_changed', params: { revision: stored.revision } } },
    ]);
  }
  const issues: Issue[] = [];
  const add = (path: string, message: string, code: string, params: Record<string, string | number> = {}) => issues.push({ path, message, problem: { code, params } });

  if (draft.title === '') add('title', 'Give the assessment a title.', 'title_missing');
  const framework = Framework.parse(db.prepare('SELECT scoring FROM frameworks WHERE code = ?').get(draft.framework));
  if (!framework) add('framework', `There is no framework "${draft.framework}" in the catalogue.`, 'unknown_framework', { value: draft.framework });
  else if (framework.scoring !== 'absent-partial-complete') add('framework', `${draft.framework} is a list of tags, not scored criteria.`, 'framework_not_scored', { value: draft.framework });

  const items = codes(db, 'SELECT code FROM framework_items WHERE framework = ?', draft.framework);
  const commitments = codes(db, 'SELECT uid FROM commitments WHERE city = ? AND deleted = 0', city.code);
  const seen = new Set<string>();
  draft.scores.forEach((answer, i) => {
    if (framework && !items.has(answer.item)) add(`scores.${i}.item`, `"${answer.item}" is not a criterion of ${draft.framework}.`, 'unknown_item', { value: answer.item });
    if (seen.has(answer.item)) add(`scores.${i}.item`, `"${answer.item}" is scored twice.`, 'item_repeated', { value: answer.item });
    seen.add(answer.item);
    answer.commitments.forEach((uid, j) => {
      if (!commitments.has(uid)) add(`scores.${i}.commitments.${j}`, 'The city has no such commitment.', 'unknown_commitment', { uid });
    });
  });

  if (issues.length > 0) {
    const first = issues[0]?.message ?? 'The assessment is not valid.';
    throw new FocalError('invalid_input', issues.length === 1 ? first : `${first} (${issues.length} problems in all.)`, issues);
  }
}
