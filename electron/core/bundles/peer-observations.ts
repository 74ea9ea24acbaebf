import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { TableChanges } from '../../../shared/bundle/bundle-import';
import type { ImportField } from '../../../shared/domain/observation-import';
import { observationKeyFields, type ObservationKey } from '../../../shared/domain/observation-record';
import { CodeRecognizer } from '../observations/import/code-recognizer';
import { CsvParser, CsvFormatError } from '../observations/import/csv-parser';
import { ProblemList } from '../observations/import/problem-list';
import { keyCondition, type ObservationValues } from '../observations/store/observation-columns';
import { refreshCoverage } from '../observations/store/observation-writer';
import { ObservationValidator } from '../observations/validation/observation-validator';
import type { SourceRefs } from '../sources/source-registry';
import { deletionColumns, observationColumns } from './bundle-observations';
import { bundleLimits } from './bundle-limits';
import { PeerObservationStage } from './peer-observation-stage';
import { BundleRejected } from './bundle-rejected';
import type { PeerSpace } from './peer-space';

type Read = (onChunk: (chunk: Uint8Array) => void) => void;

/** A peer's figures cite its sources by identity only, among those its bundle brought. */
class PeerSources implements SourceRefs {
  private readonly byUid = new Map<string, number>();

  constructor(db: Database, space: PeerSpace) {
    const rows = z.array(z.object({ id: z.number(), uid: z.string() })).parse(db.prepare('SELECT id, uid FROM sources WHERE city = ? AND deleted = 0').all(space.code));
    for (const row of rows) this.byUid.set(row.uid, row.id);
  }

  refOf(uid: string): number | null {
    return this.byUid.get(uid) ?? null;
  }

  refFor(): number {
    throw new BundleRejected('invalid_record', 'a figure names its source by text instead of by identity');
  }
}

/** Feeds a CSV file's records, header first, to `onRecord`; a malformed file is a record that does not fit. */
function readCsv(read: Read, header: readonly string[], name: string, onRecord: (fields: string[], line: number) => void): void {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let sawHeader = false;
  const parser = new CsvParser(
    ',',
    (fields, line) => {
      if (!sawHeader) {
        if (fields.join(',') !== header.join(',')) throw new BundleRejected('invalid_record', `${name}: the columns are not ${header.join(',')}`);
        sawHeader = true;
        return;
      }
      if (fields.length !== header.length) throw new BundleRejected('invalid_record', `${name} line ${line}: ${fields.length} fields, not ${header.length}`);
      onRecord(fields, line);
    },
    bundleLimits.maxCsvRecordBytes,
  );
  try {
    read((chunk) => parser.push(decoder.decode(chunk, { stream: true })));
    parser.push(decoder.decode());
    parser.end();
  } catch (error) {
    if (error instanceof BundleRejected) throw error;
    if (error instanceof CsvFormatError) throw new BundleRejected('invalid_record', `${name}: ${error.message}`);
    if (error instanceof TypeError) throw new BundleRejected('invalid_record', `${name}: not UTF-8`);
    throw error;
  }
  if (!sawHeader) throw new BundleRejected('invalid_record', `${name}: no header`);
}

function wholeNumber(text: string, what: string, line: number): number {
  if (!/^\d{1,16}$/.test(text) || !Number.isSafeInteger(Number(text))) throw new BundleRejected('invalid_record', `observations line ${line}: ${what} is not a whole number`);
  return Number(text);
}

const HeldRow = z.object({ revision: z.number(), value: z.number(), is_estimate: z.number(), is_provisional: z.number(), source: z.number(), note: z.string() });

/**
 * Applies the figures of a bundle to the sender's space. Every figure goes through the one
 * validator of observations, against the codelists and the sender's own indicators and districts
 * (which the bundle brought first); it is stored with the sender's revision. A figure the sender
 * suppressed carries no value: it is not stored, and a copy held from before goes with it.
 */
export function applyPeerObservations(db: Database, space: PeerSpace, read: Read, readDeletions: Read | null, onRows: (rows: number) => void = () => undefined): { changes: TableChanges; suppressed: number } {
  let suppressed = 0;
  const problems = new ProblemList(1);
  const validator = new ObservationValidator(new CodeRecognizer(db, space.code), new PeerSources(db, space), problems, false);
  const at = (line: number) => ({ line, column: (field: ImportField) => field });
  const city = { city: space.code };
  const select = db.prepare(`SELECT revision, value, is_estimate, is_provisional, source, note FROM observations WHERE city = @city AND ${keyCondition()}`);
  const remove = db.prepare(`DELETE FROM observations WHERE city = @city AND ${keyCondition()}`);
  const bury = db.prepare(
    `INSERT INTO observation_tombstones (city, ${observationKeyFields.join(', ')}, revision, updated_at) VALUES (@city, ${observationKeyFields.map((f) => `@${f}`).join(', ')}, @revision, @updated_at)
     ON CONFLICT DO UPDATE SET revision = excluded.revision, updated_at = excluded.updated_at WHERE excluded.revision > observation_tombstones.revision`,
  );
  const keyOfFields = (fields: string[]): ObservationKey => ({
    indicator: fields[0] ?? '',
    period: fields[1] ?? '',
    sex: fields[2] ?? '',
    age: fields[3] ?? '',
    status: fields[4] ?? '',
    origin: fields[5] ?? '',
    area: fields[6] ?? '',
  });
  const heldRow = HeldRow.optional();
  const held = (key: ObservationKey) => heldRow.parse(select.get({ ...city, ...key })) ?? null;
  const stage = new PeerObservationStage(db, space);
  let rows = 0;

  readCsv(read, observationColumns, 'observations', (fields, line) => {
    if (line % 10_000 === 0) onRows(line);
    rows += 1;
    const [indicator = '', period = '', sex = '', age = '', status = '', origin = '', area = '', value = '', , note = '', flagText = '', sourceId = '', revisionText = '', updatedText = ''] = fields;
    const revision = wholeNumber(revisionText, 'revision', line);
    const updatedAt = wholeNumber(updatedText, 'updated_at', line);
    if (revision < 1) throw new BundleRejected('invalid_record', `observations line ${line}: revision below 1`);
    const flags = flagText === '' ? [] : flagText.split(';');
    if (!flags.every((flag) => flag === 'estimate' || flag === 'provisional' || flag === 'suppressed')) throw new BundleRejected('invalid_record', `observations line ${line}: unknown flag`);
    if (flags.includes('suppressed')) {
      if (value !== '') throw new BundleRejected('invalid_record', `observations line ${line}: a suppressed figure with a value`);
      suppressed += 1;
      stage.add(line, { key: fields, value: 0, estimate: false, provisional: false, source: 0, note: '', revision, updatedAt, suppressed: true });
      return;
    }
    const validated = validator.validate(
      {
        indicator,
        breakdown: { sex, age, status, origin, area },
        values: [{ period, value, column: 'value' }],
        source: { uid: sourceId },
        note,
        flags: { estimate: flags.includes('estimate'), provisional: flags.includes('provisional'), confidential: false },
      },
      at(line),
    );
    const row: ObservationValues | undefined = validated[0];
    if (problems.errorCount > 0 || !row) {
      const problem = problems.errors[0];
      throw new BundleRejected('invalid_record', `observations line ${line}: ${problem ? `${problem.column}: ${problem.message}` : 'the source is not in the bundle'}`);
    }
    // The bundle says codes, and codes are what it must say: a label the validator recognised is not the code itself.
    for (let i = 0; i < observationKeyFields.length; i += 1) {
      const field = observationKeyFields[i];
      if (field !== undefined && row[field] !== fields[i]) throw new BundleRejected('invalid_record', `observations line ${line}: not written in codes`);
    }
    stage.add(line, { key: fields, value: row.value, estimate: row.estimate, provisional: row.provisional, source: row.sourceRef, note: row.note, revision, updatedAt, suppressed: false });
  });
  const changes = stage.finish(rows, suppressed);
  const touched = new Set<string>();

  if (readDeletions) {
    readCsv(readDeletions, deletionColumns, 'observation deletions', (fields, line) => {
      const key = keyOfFields(fields);
      const revision = wholeNumber(fields[7] ?? '', 'revision', line);
      const updatedAt = wholeNumber(fields[8] ?? '', 'updated_at', line);
      const before = held(key);
      if (before && before.revision < revision) {
        remove.run({ ...city, ...key });
        touched.add(key.indicator);
        changes.deleted += 1;
      } else if (before) changes.conflicts += 1;
      else changes.unchanged += 1;
      if (!before || before.revision < revision) bury.run({ ...city, ...key, revision, updated_at: updatedAt });
    });
  }
  if (touched.size > 0) refreshCoverage(db, space, [...touched]);
  return { changes, suppressed };
}
