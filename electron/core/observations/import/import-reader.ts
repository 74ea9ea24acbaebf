import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { FocalError } from '../../errors';
import type { SourceRefs } from '../../sources/source-registry';
import type { Unit } from '../../../../shared/domain/catalogue';
import { unitsOf } from '../checks/observation-checks';
import { StreamedChecks } from '../checks/streamed-checks';
import { ObservationValidator } from '../validation/observation-validator';
import type { CoverageCell } from './import-writing';
import { CodeRecognizer } from './code-recognizer';
import { openTable } from './open-table';
import { RowPacker } from './packed-rows';
import { ProblemList } from './problem-list';
import { ImportCancelled, readRows } from './read-rows';
import { chunksSent, chunksTaken, ReaderInput, type ReaderMessage } from './reader-messages';

/**
 * An import's reading thread: parses the file and checks every row with the one validator while the
 * writing thread (the import worker) only writes — the machine's second core doing half the work
 * (docs/benchmarks.md). It never writes to the store: it reads the codelists and indicators once,
 * read-only, and numbers the citations it meets; the writing thread turns those numbers into the
 * city's sources inside its transaction. At most a few chunks wait between the two threads, so memory
 * stays flat however large the file.
 */

const rowsPerChunk = 4096;
const chunksAhead = 4;

/** Numbers each new citation; the writing thread resolves the numbers in the same order. */
class CitationNumbers implements SourceRefs {
  private readonly numbers = new Map<string, number>();
  private fresh: string[] = [];

  private lastCitation: string | null = null;
  private lastNumber = 0;

  refFor(citation: string): number {
    // Files cite the same source on row after row.
    if (citation === this.lastCitation) return this.lastNumber;
    let number = this.numbers.get(citation);
    if (number === undefined) {
      number = this.numbers.size;
      this.numbers.set(citation, number);
      this.fresh.push(citation);
    }
    this.lastCitation = citation;
    this.lastNumber = number;
    return number;
  }

  /** A file cites sources by their text, never by identity. */
  refOf(): null {
    return null;
  }

  takeFresh(): string[] {
    const fresh = this.fresh;
    this.fresh = [];
    return fresh;
  }
}

function send(message: ReaderMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

const input = ReaderInput.parse(workerData);
const cancelled = new Int32Array(input.cancel);
const flow = new Int32Array(input.flow);
const isCancelled = () => Atomics.load(cancelled, 0) === 1;

try {
  const db = new Database(input.database, { readonly: true, fileMustExist: true });
  let recognizer: CodeRecognizer;
  let units: Map<string, Unit>;
  try {
    recognizer = CodeRecognizer.of(db, input.city);
    units = unitsOf(db, input.city);
  } finally {
    db.close();
  }
  // A first import is checked as it goes by: here, where the rows are; the coverage counts go to the
  // writing thread with the next chunk.
  let coverage: CoverageCell[] = [];
  const checks = input.firstImport ? new StreamedChecks(units, (indicator, period, shape, rows) => coverage.push([indicator, period, shape, rows])) : null;
  const takeCoverage = () => {
    const cells = coverage;
    coverage = [];
    return cells;
  };
  const problems = new ProblemList();
  const citations = new CitationNumbers();
  const validator = new ObservationValidator(recognizer, citations, problems, input.mapping.decimalComma);
  const packer = new RowPacker(rowsPerChunk);
  const table = openTable(input.file, input.mapping.sheet);
  let rows = 0;
  let sent = 0;
  const sendChunk = () => {
    const chunk = packer.take();
    send({ type: 'rows', chunk, citations: citations.takeFresh(), coverage: takeCoverage(), done: table.done, total: table.total, rows }, [chunk.ints, chunk.values]);
    sent += 1;
    Atomics.store(flow, chunksSent, sent);
    // Wait while the writing thread is behind: the chunks in between are all the memory this costs.
    for (;;) {
      const taken = Atomics.load(flow, chunksTaken);
      if (sent - taken < chunksAhead) break;
      if (isCancelled()) throw new ImportCancelled();
      Atomics.wait(flow, chunksTaken, taken, 200);
    }
  };
  rows = readRows(table, input.mapping, validator, problems, { isCancelled, onProgress: (read) => (rows = read) }, (line, row) => {
    packer.add(line, row);
    checks?.add(line, row);
    if (packer.full) sendChunk();
  });
  if (packer.count > 0) sendChunk();
  const checked = checks?.finish() ?? null;
  send({
    type: 'end',
    rows,
    problems: { errors: problems.errors, warnings: problems.warnings, errorCount: problems.errorCount, warningCount: problems.warningCount },
    checks: checked,
    coverage: takeCoverage(),
  });
} catch (error) {
  if (error instanceof ImportCancelled) send({ type: 'cancelled' });
  else if (error instanceof FocalError) send({ type: 'failed', message: error.message, code: error.code });
  else send({ type: 'failed', message: error instanceof Error ? error.message : String(error), code: null });
}
