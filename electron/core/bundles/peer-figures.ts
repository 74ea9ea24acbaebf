import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { ImportField } from '../../../shared/domain/observation-import';
import { observationKeyFields } from '../../../shared/domain/observation-record';
import type { CodeRecognizer } from '../observations/import/code-recognizer';
import { ProblemList } from '../observations/import/problem-list';
import type { ObservationValues } from '../observations/store/observation-columns';
import { ObservationValidator } from '../observations/validation/observation-validator';
import type { SourceRefs } from '../sources/source-registry';
import { observationColumns } from './bundle-observations';
import { readCsv, wholeNumber, type Read } from './bundle-csv';
import { BundleRejected } from './bundle-rejected';
import type { PeerSpace } from './peer-space';
import type { StagedFigure } from './peer-observation-stage';

/** The local rows of the sources a peer's bundle brought, by the identity its figures cite them with. */
export type PeerSourceIds = [uid: string, id: number][];

export function peerSourceIds(db: Database, space: PeerSpace): PeerSourceIds {
  return z
    .array(z.object({ id: z.number(), uid: z.string() }))
    .parse(db.prepare('SELECT id, uid FROM sources WHERE city = ? AND deleted = 0').all(space.code))
    .map((row) => [row.uid, row.id]);
}

/** A peer's figures cite its sources by identity only, among those its bundle brought. */
class PeerSources implements SourceRefs {
  private readonly byUid: ReadonlyMap<string, number>;
  /** Figures cite the same source line after line (and each is asked twice): the last answer is kept. */
  private lastUid = '';
  private lastRef: number | null = null;

  constructor(ids: PeerSourceIds) {
    this.byUid = new Map(ids);
  }

  refOf(uid: string): number | null {
    if (uid === this.lastUid) return this.lastRef;
    this.lastUid = uid;
    this.lastRef = this.byUid.get(uid) ?? null;
    return this.lastRef;
  }

  refFor(): number {
    throw new BundleRejected('invalid_record', 'a figure names its source by text instead of by identity');
  }
}

interface FigureFlags {
  estimate: boolean;
  provisional: boolean;
  suppressed: boolean;
}

const noFlags: FigureFlags = { estimate: false, provisional: false, suppressed: false };

/** The `flags` column: known flags joined by `;` (docs/bundle-format.md); anything else does not fit. */
function readFlags(text: string, line: number): FigureFlags {
  const flags = { ...noFlags };
  for (const flag of text.split(';')) {
    if (flag === 'estimate' || flag === 'provisional' || flag === 'suppressed') flags[flag] = true;
    else throw new BundleRejected('invalid_record', `observations line ${line}: unknown flag`);
  }
  return flags;
}

/**
 * Reads a bundle's `data/observations.csv`: every figure goes through the one validator of
 * observations, against the codelists and the sender's own indicators and districts, and must be
 * written in codes; a suppressed one carries no value. Hands each figure to `onFigure` with its
 * source resolved to the local row (lent for the call: one object serves every figure); throws
 * BundleRejected at the first that does not fit. The same on the import's thread and on the thread
 * that reads the figures beside the writing (figure-reader.ts).
 */
export function readPeerFigures(
  read: Read,
  recognizer: CodeRecognizer,
  sources: PeerSourceIds,
  onFigure: (line: number, figure: StagedFigure) => void,
  onRows: (rows: number) => void,
): { rows: number; suppressed: number } {
  let rows = 0;
  let suppressed = 0;
  const problems = new ProblemList(1);
  const validator = new ObservationValidator(recognizer, new PeerSources(sources), problems, false);
  // Lent to each call, never kept: one place and one figure for the whole file.
  const place = { line: 0, column: (field: ImportField) => field };
  const figure: StagedFigure = { key: [], value: 0, estimate: false, provisional: false, source: 0, note: '', revision: 0, updatedAt: 0, suppressed: false };
  readCsv(read, observationColumns, 'observations', (fields, line) => {
    if (line % 10_000 === 0) onRows(line);
    rows += 1;
    const [indicator = '', period = '', sex = '', age = '', status = '', origin = '', area = '', value = '', , note = '', flagText = '', sourceId = '', revisionText = '', updatedText = ''] = fields;
    const revision = wholeNumber(revisionText, 'revision', line);
    const updatedAt = wholeNumber(updatedText, 'updated_at', line);
    if (revision < 1) throw new BundleRejected('invalid_record', `observations line ${line}: revision below 1`);
    const flags = flagText === '' ? noFlags : readFlags(flagText, line);
    figure.key = fields;
    figure.revision = revision;
    figure.updatedAt = updatedAt;
    if (flags.suppressed) {
      if (value !== '') throw new BundleRejected('invalid_record', `observations line ${line}: a suppressed figure with a value`);
      suppressed += 1;
      figure.value = 0;
      figure.estimate = figure.provisional = false;
      figure.source = 0;
      figure.note = '';
      figure.suppressed = true;
      onFigure(line, figure);
      return;
    }
    place.line = line;
    const validated = validator.validate(
      {
        indicator,
        breakdown: { sex, age, status, origin, area },
        values: [{ period, value, column: 'value' }],
        source: { uid: sourceId },
        note,
        flags: { estimate: flags.estimate, provisional: flags.provisional, confidential: false },
      },
      place,
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
    figure.value = row.value;
    figure.estimate = row.estimate;
    figure.provisional = row.provisional;
    figure.source = row.sourceRef;
    figure.note = row.note;
    figure.suppressed = false;
    onFigure(line, figure);
  });
  return { rows, suppressed };
}
