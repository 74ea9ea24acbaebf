import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { FieldIssue } from '../../../../shared/api/result';
import type { ImportField } from '../../../../shared/domain/observation-import';
import type { ObservationKey, ObservationRecord } from '../../../../shared/domain/observation-record';
import { ObservationDraft, type ObservationRow } from '../../../../shared/domain/observation-table';
import type { OwnCity } from '../../city/own-city';
import { FocalError } from '../../errors';
import { SourceRegistry } from '../../sources/source-registry';
import { CodeRecognizer } from '../import/code-recognizer';
import { ProblemList } from '../import/problem-list';
import { keyOf, sameKey, type ObservationSqlRow, type ObservationValues } from '../store/observation-columns';
import { ObservationWriter } from '../store/observation-writer';
import { ObservationValidator, type ObservationInput } from '../validation/observation-validator';
import { attachWarnings } from './observation-page';

/**
 * The table's write doors: a cell saved, rows deleted, rows put back by undo. Each goes through the
 * one validator (exactly as an imported row) and the one writer, in the own city's space only.
 */

const byField = { line: 1, column: (field: ImportField) => field };

/** Checks inputs with the validator; throws the problems as field issues, naming each field. */
function validated(db: Database, city: OwnCity, now: Date, inputs: readonly ObservationInput[], decimalComma = false): ObservationValues[] {
  const problems = new ProblemList();
  const validator = new ObservationValidator(CodeRecognizer.of(db, city.code), new SourceRegistry(db, city, 'other', now), problems, decimalComma);
  const rows = inputs.flatMap((input) => validator.validate(input, byField));
  if (problems.errorCount > 0) {
    const issues: FieldIssue[] = problems.errors.map((p) => ({ path: p.column, message: p.message, problem: { code: p.code, params: p.params } }));
    throw new FocalError('invalid_input', issues.map((i) => i.message).join(' '), issues);
  }
  return rows;
}

const SourceIdentity = z.object({ uid: z.string(), citation: z.string() });

function sourceOf(db: Database, ref: number): z.infer<typeof SourceIdentity> {
  return SourceIdentity.parse(db.prepare('SELECT uid, citation FROM sources WHERE id = ?').get(ref));
}

/** A stored row as the interface keeps it for undo: the source by its identity. */
function recordOf(db: Database, row: ObservationSqlRow): ObservationRecord {
  return {
    ...keyOf(row),
    value: row.value,
    flags: { estimate: row.is_estimate === 1, provisional: row.is_provisional === 1, confidential: row.is_confidential === 1 },
    source: sourceOf(db, row.source).uid,
    note: row.note,
  };
}

/**
 * Saves one row typed in the table (a new one, or a change to `original`), checked exactly as an
 * imported row is: codes or labels, the period, the number and the unit's rules. Answers the row as
 * stored with its warnings, and what it replaced so the interface can undo.
 */
export function saveObservation(db: Database, city: OwnCity, now: Date, original: ObservationKey | null, input: ObservationDraft): { row: ObservationRow; replaced: ObservationRecord | null } {
  const draft = ObservationDraft.parse(input);
  const [values] = validated(
    db,
    city,
    now,
    [
      {
        indicator: draft.indicator.trim(),
        breakdown: { sex: draft.sex.trim(), age: draft.age.trim(), status: draft.status.trim(), origin: draft.origin.trim(), area: draft.area.trim() },
        values: [{ period: draft.period.trim(), value: draft.value, column: 'value' }],
        source: { citation: draft.source.trim() },
        note: draft.note.trim(),
        flags: draft.flags,
      },
    ],
    draft.decimalComma,
  );
  if (!values) throw new FocalError('invalid_input', 'The row could not be read.');
  const writer = new ObservationWriter(db, city, now);
  const replacedRow = original ? writer.get(original) : null;
  if (original && !replacedRow) throw new FocalError('not_found', 'This row is no longer there; it may have been changed elsewhere. Reload the table.');
  if ((!original || !sameKey(original, values)) && writer.get(values)) {
    throw new FocalError('conflict', 'There is already a value for this indicator, period and breakdown. Change that row instead.');
  }
  const replaced = replacedRow ? recordOf(db, replacedRow) : null;
  if (original && !sameKey(original, values)) writer.delete(original);
  writer.put(values);
  writer.finish();
  const source = sourceOf(db, values.sourceRef);
  const row: ObservationRow = {
    ...keyOf(values),
    value: values.value,
    flags: { estimate: values.estimate, provisional: values.provisional, confidential: values.confidential },
    source: { id: source.uid, citation: source.citation },
    note: values.note,
    warnings: [],
  };
  attachWarnings(db, city.code, [row]);
  return { row, replaced };
}

/** Deletes rows (each leaves a tombstone); answers them as they were, for undo. */
export function deleteObservations(db: Database, city: OwnCity, now: Date, keys: readonly ObservationKey[]): ObservationRecord[] {
  const writer = new ObservationWriter(db, city, now);
  const removed: ObservationRecord[] = [];
  for (const key of keys) {
    const row = writer.delete(key);
    if (row) removed.push(recordOf(db, row));
  }
  writer.finish();
  return removed;
}

/**
 * Puts rows back as they were (undo of a change or a deletion), optionally removing rows first.
 * The rows come from the interface, so they are checked again exactly like any other write.
 */
export function restoreObservations(db: Database, city: OwnCity, now: Date, rows: readonly ObservationRecord[], remove: readonly ObservationKey[]): number {
  const inputs: ObservationInput[] = rows.map((row) => ({
    indicator: row.indicator,
    breakdown: { sex: row.sex, age: row.age, status: row.status, origin: row.origin, area: row.area },
    values: [{ period: row.period, value: row.value, column: 'value' }],
    source: { uid: row.source },
    note: row.note,
    flags: row.flags,
  }));
  const checked = validated(db, city, now, inputs);
  const writer = new ObservationWriter(db, city, now);
  for (const key of remove) writer.delete(key);
  for (const row of checked) writer.put(row);
  writer.finish();
  return checked.length;
}
