import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { FieldIssue } from '../../../shared/api/result';
import { canMoveStatus, statusesNeedingReason, type CommitmentDraft, type CommitmentStatus, type IndicatorTarget } from '../../../shared/domain/commitment';
import { breakdownFields } from '../../../shared/domain/observation-record';
import { periodSpan } from '../../../shared/domain/period';
import type { OwnCity } from '../city/own-city';
import { FocalError } from '../errors';
import { CodeRecognizer } from '../observations/import/code-recognizer';

/**
 * The one validator of commitments (docs/data-model.md): the form, the sample city and, later, a
 * peer's bundle all pass through it before the one writer stores anything. The record's shape is
 * the zod schema's; this checks what needs the store — codes against the catalogue, targets against
 * the indicators and their breakdowns, the status against the stored one — and reports every
 * problem at once, each on its field's path, so a form can show them all.
 */

type Issue = FieldIssue & { problem: { code: string; params: Record<string, string | number> } };

const codeList = (db: Database, sql: string): Set<string> => new Set(z.array(z.string()).parse(db.prepare(sql).pluck().all()));

class Issues {
  readonly list: Issue[] = [];
  add(path: string, message: string, code: string, params: Record<string, string | number> = {}): void {
    this.list.push({ path, message, problem: { code, params } });
  }
}

export interface StoredState {
  status: CommitmentStatus;
  revision: number;
  deleted: boolean;
}

/** Checks a commitment before it is written; `stored` is what the store holds under its id, if anything. */
export function validateCommitment(db: Database, city: OwnCity, draft: CommitmentDraft, stored: StoredState | null): void {
  const issues = new Issues();
  if (stored && !stored.deleted && draft.baseRevision !== undefined && draft.baseRevision !== stored.revision) {
    throw new FocalError('conflict', 'This commitment was changed elsewhere since you opened it. Reload it, then make your change again.', [
      { path: 'baseRevision', message: 'Changed since opened.', problem: { code: 'commitment_changed', params: { revision: stored.revision } } },
    ]);
  }
  if (draft.texts[draft.original].title === '') issues.add(`texts.${draft.original}.title`, 'Give the commitment a title.', 'title_missing');
  checkCodes(db, draft, issues);
  checkDates(draft, issues);
  checkStatus(draft, stored, issues);
  checkParts(draft, issues);
  const recognizer = CodeRecognizer.of(db, city.code);
  draft.targets.forEach((target, i) => checkTarget(recognizer, target, `targets.${i}`, issues));
  if (issues.list.length > 0) {
    const first = issues.list[0]?.message ?? 'The commitment is not valid.';
    throw new FocalError('invalid_input', issues.list.length === 1 ? first : `${first} (${issues.list.length} problems in all.)`, issues.list);
  }
}

function checkCodes(db: Database, draft: CommitmentDraft, issues: Issues): void {
  const domains = codeList(db, 'SELECT code FROM policy_domains');
  const groups = codeList(db, 'SELECT code FROM target_groups');
  const items = codeList(db, 'SELECT code FROM framework_items');
  const check = (field: string, codes: readonly string[], known: Set<string>, problem: string): void => {
    const seen = new Set<string>();
    codes.forEach((code, i) => {
      if (!known.has(code)) issues.add(`${field}.${i}`, `"${code}" is not in the catalogue.`, problem, { value: code });
      else if (seen.has(code)) issues.add(`${field}.${i}`, `"${code}" is given twice.`, 'code_repeated', { value: code });
      seen.add(code);
    });
  };
  check('domains', draft.domains, domains, 'unknown_domain');
  check('targetGroups', draft.targetGroups, groups, 'unknown_target_group');
  check('tags', draft.tags, items, 'unknown_tag');
}

function checkDates(draft: CommitmentDraft, issues: Issues): void {
  if (draft.start !== null && draft.due !== null && draft.start > draft.due) {
    issues.add('due', `The due date ${draft.due} comes before the start ${draft.start}.`, 'due_before_start', { start: draft.start, due: draft.due });
  }
}

function checkStatus(draft: CommitmentDraft, stored: StoredState | null, issues: Issues): void {
  const from = stored && !stored.deleted ? stored.status : null;
  if (from !== null && !canMoveStatus(from, draft.status)) {
    issues.add('status', `A commitment cannot go from ${from} to ${draft.status}.`, 'status_move_refused', { from, to: draft.status });
  }
  if (statusesNeedingReason.has(draft.status) && draft.statusReason === '') {
    issues.add('statusReason', `Say why the commitment is ${draft.status}.`, 'status_reason_missing', { status: draft.status });
  }
}

/** Parts keep their ids unique within the commitment: a peer's advice points at one by its id. */
function checkParts(draft: CommitmentDraft, issues: Issues): void {
  const seen = new Set<string>();
  const parts: [string, readonly { uid: string }[]][] = [
    ['tasks', draft.tasks],
    ['targets', draft.targets],
    ['notes', draft.notes],
  ];
  for (const [field, list] of parts) {
    list.forEach((part, i) => {
      if (seen.has(part.uid)) issues.add(`${field}.${i}.uid`, 'Two parts of this commitment have the same id.', 'part_repeated', { uid: part.uid });
      seen.add(part.uid);
    });
  }
}

function checkTarget(recognizer: CodeRecognizer, target: IndicatorTarget, path: string, issues: Issues): void {
  const indicator = recognizer.indicator(target.indicator);
  if (!indicator) {
    issues.add(`${path}.indicator`, `There is no indicator ${target.indicator}.`, 'unknown_indicator', { value: target.indicator });
    return;
  }
  for (const dimension of breakdownFields) {
    const code = target.breakdown[dimension];
    if (code === '') continue;
    const known = recognizer.code(dimension, code);
    if (known !== code) issues.add(`${path}.breakdown.${dimension}`, `"${code}" is not a ${dimension} code.`, 'unknown_code', { value: code, dimension });
    else if (!indicator.dimensions.has(dimension)) issues.add(`${path}.breakdown.${dimension}`, `${indicator.code} is not broken down by ${dimension}.`, 'dimension_not_allowed', { indicator: indicator.code, dimension });
  }
  if (indicator.unit === 'ynp') {
    for (const end of ['baseline', 'target'] as const) {
      const value = target[end].value;
      if (value !== 0 && value !== 0.5 && value !== 1) issues.add(`${path}.${end}.value`, 'Give yes, partial or no.', 'ynp_value', { value });
    }
  }
  if (indicator.unit === 'percent') {
    for (const end of ['baseline', 'target'] as const) {
      const value = target[end].value;
      if (value < 0 || value > 100) issues.add(`${path}.${end}.value`, 'A percentage lies between 0 and 100.', 'percent_range', { value });
    }
  }
  const sign = target.direction === 'increase' ? 1 : -1;
  if (sign * (target.target.value - target.baseline.value) <= 0) {
    issues.add(`${path}.target.value`, `A target that should ${target.direction} must be ${target.direction === 'increase' ? 'above' : 'below'} its baseline.`, 'target_wrong_side', {
      direction: target.direction,
    });
  }
  const from = periodSpan(target.baseline.period);
  const to = periodSpan(target.target.period);
  if (from && to && to.end <= from.end) {
    issues.add(`${path}.target.period`, `The target period ${target.target.period} must come after the baseline ${target.baseline.period}.`, 'target_before_baseline', {
      baseline: target.baseline.period,
      target: target.target.period,
    });
  }
}
