import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CsvError, parse as csvParse, type Options as CsvParseOptions } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvFormatError, CsvParser, detectDelimiter } from '../../electron/core/observations/import/csv-parser';
import { CsvTableSource } from '../../electron/core/observations/import/csv-table-source';
import { mulberry32, seedFrom, type Prng } from '../support/prng';
import { tempDir } from '../support/temp-core';

/**
 * Focal's CSV parser against csv-parse (a test-only oracle) on random texts: quotes, doubled quotes,
 * line breaks inside values (LF, CRLF, CR), every delimiter Focal detects, empty fields and lines,
 * Arabic, accents and emoji, a final line end or none, a BOM (through the file reader), and the
 * text pushed in pieces cut at random places, including between the CR and the LF of a line end.
 * Valid texts must give the same records (and the line each starts on, which the generator knows);
 * malformed ones (a quote never closed, text after a closing quote) must be refused by both, Focal
 * with its CsvFormatError.
 *
 * Seeded and bounded in time: at least a thousand texts, then more until 3 s have passed.
 * FOCAL_CSV_FUZZ_SEED reproduces a run, FOCAL_CSV_FUZZ_MS gives it longer.
 */

const seed = seedFrom('FOCAL_CSV_FUZZ_SEED', 0x00c5_0f22);
const budgetMs = Number(process.env.FOCAL_CSV_FUZZ_MS ?? 3_000);
/** Run whatever the machine's speed, so that what the run covers never depends on it. */
const minimumTexts = 1_000;

type Delimiter = ',' | ';' | '\t' | '|';
const delimiters: readonly Delimiter[] = [',', ';', '\t', '|'];
const lineEnds = ['\n', '\r\n', '\r'] as const;
/** Characters of plain (unquoted) values; the delimiter itself is left out per text. */
const plainCharacters = ['a', 'b', 'Z', '0', '7', ' ', '.', '-', 'é', 'ç', 'ß', 'أ', 'ن', 'ث', 'ى', '€', '😀', '\u200f', ',', ';', '\t', '|'];

interface Case {
  text: string;
  delimiter: Delimiter;
  /** What the generator wrote, record by record; null when the text is malformed on purpose. */
  records: string[][] | null;
  /** Line on which each record starts (the header is line 1). */
  lines: number[];
  /** Quotes inside plain values ("5" screen") need csv-parse's relax_quotes; text after a closing quote is then an error only without it. */
  relaxed: boolean;
  malformed: 'unclosed-quote' | 'text-after-quote' | null;
  /** For a malformed text: the line Focal must name (where the faulty record starts). */
  faultLine: number;
}

function pick<T>(prng: Prng, items: readonly T[]): T {
  const item = items[prng.below(items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function plainText(prng: Prng, delimiter: Delimiter, length: number): string {
  let out = '';
  while (out.length < length) {
    const c = pick(prng, plainCharacters);
    if (c !== delimiter) out += c;
  }
  return out;
}

/** A value and how it is written in the file. */
function field(prng: Prng, delimiter: Delimiter, relaxed: boolean): { value: string; written: string } {
  const kind = prng.below(10);
  if (kind === 0) return { value: '', written: '' };
  if (kind === 1) return { value: '', written: '""' };
  if (kind <= 4 || (kind === 5 && !relaxed)) {
    const value = plainText(prng, delimiter, 1 + prng.below(8));
    return { value, written: value };
  }
  if (kind === 5) {
    // A quote inside a plain value, never first: kept as text ("5" screen").
    const value = `${plainText(prng, delimiter, 1 + prng.below(3))}"${plainText(prng, delimiter, prng.below(4))}`;
    return { value, written: value };
  }
  let value = '';
  const parts = 1 + prng.below(5);
  for (let i = 0; i < parts; i += 1) value += pick(prng, [plainText(prng, delimiter, 1 + prng.below(5)), delimiter, '"', '\n', '\r\n', '\r', '""']);
  return { value, written: `"${value.replace(/"/g, '""')}"` };
}

function countLineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

function generate(prng: Prng): Case {
  const delimiter = pick(prng, delimiters);
  const relaxed = prng.below(3) === 0;
  const count = prng.below(7);
  // Most texts keep one kind of line end; some mix them (Focal and the oracle accept all three anywhere).
  const usual = pick(prng, lineEnds);
  const mixed = prng.below(5) === 0;
  const records: string[][] = [];
  const lines: number[] = [];
  let text = '';
  for (let r = 0; r < count; r += 1) {
    const width = 1 + prng.below(5);
    const fields = Array.from({ length: width }, () => field(prng, delimiter, relaxed));
    lines.push(1 + countLineBreaks(text));
    records.push(fields.map((f) => f.value));
    text += fields.map((f) => f.written).join(delimiter);
    const last = r === count - 1;
    // A last line that is one empty plain field only exists if it ends: "a\n" is one record, "a\n\n" two.
    const bareEmpty = width === 1 && fields[0]?.written === '';
    if (!last || bareEmpty || prng.below(2) === 0) {
      let end = mixed ? pick(prng, lineEnds) : usual;
      // An empty line ended by LF right after a CR would make one CRLF of the two.
      if (end === '\n' && bareEmpty && text.endsWith('\r')) end = '\r\n';
      text += end;
    }
  }

  const malformedKind = prng.below(6);
  if (malformedKind === 0 || (malformedKind === 1 && !relaxed)) {
    const where = text.length === 0 || /[\r\n]$/.test(text) ? '' : usual;
    // Plain text never holds a quote, so nothing below closes the opened value by accident.
    const opened = plainText(prng, delimiter, prng.below(6));
    const bad =
      malformedKind === 0
        ? // Doubled quotes and line breaks may follow, but never the closing quote.
          `"${opened}${pick(prng, ['', '""', '\n', delimiter])}${plainText(prng, delimiter, prng.below(4))}`
        : `"${opened}"${pick(prng, ['x', ' ', 'é'])}${pick(prng, ['', delimiter, usual])}`;
    text += where;
    const faultLine = 1 + countLineBreaks(text);
    text += `${prng.below(2) === 0 ? '' : `a${delimiter}`}${bad}`;
    return { text, delimiter, records: null, lines: [], relaxed, malformed: malformedKind === 0 ? 'unclosed-quote' : 'text-after-quote', faultLine };
  }
  return { text, delimiter, records, lines, relaxed, malformed: null, faultLine: 0 };
}

/** Random cut points, biased towards the places a streaming parser gets wrong: inside a CRLF, next to a quote. */
function cuts(prng: Prng, text: string): string[] {
  if (text.length < 2) return [text];
  const points = new Set<number>();
  const wanted = prng.below(6);
  for (let i = 0; i < wanted; i += 1) {
    const at = 1 + prng.below(text.length - 1);
    points.add(at);
    // Move the cut next to an interesting character half of the time.
    if (prng.below(2) === 0) {
      const near = text.slice(at).search(/\r\n|"/);
      if (near >= 0 && at + near + 1 < text.length) points.add(at + near + 1);
    }
  }
  const sorted = [...points].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const at of sorted) {
    pieces.push(text.slice(from, at));
    from = at;
  }
  pieces.push(text.slice(from));
  return pieces;
}

type Outcome = { records: string[][]; lines: number[] } | { refused: string; line: number };

function focal(pieces: readonly string[], delimiter: Delimiter): Outcome {
  const records: string[][] = [];
  const lines: number[] = [];
  const parser = new CsvParser(delimiter, (fields, line) => {
    records.push(fields);
    lines.push(line);
  });
  try {
    for (const piece of pieces) parser.push(piece);
    parser.end();
  } catch (error) {
    // Anything but Focal's own format error is a crash, not a refusal.
    if (error instanceof CsvFormatError) return { refused: error.reason, line: error.line };
    throw error;
  }
  return { records, lines };
}

function oracleOptions(delimiter: string, relaxed: boolean): CsvParseOptions {
  return { delimiter, relax_quotes: relaxed, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'], skip_empty_lines: false, bom: true };
}

function oracle(text: string, delimiter: string, relaxed: boolean): string[][] | { refused: string } {
  try {
    const parsed: unknown = csvParse(text, oracleOptions(delimiter, relaxed));
    if (!Array.isArray(parsed)) throw new Error('csv-parse gave no array');
    return parsed.map((record: unknown) => (Array.isArray(record) ? record.map(String) : []));
  } catch (error) {
    if (error instanceof CsvError) return { refused: error.code };
    throw error;
  }
}

const failures: string[] = [];
let iterations = 0;
let throughFiles = 0;
let malformedSeen = 0;
const folder = tempDir('focal-csv-fuzz-');
afterAll(() => folder.remove());

function describeCase(c: Case, pieces: readonly string[]): string {
  return `seed ${seed} (FOCAL_CSV_FUZZ_SEED=${seed}), case ${iterations}: delimiter ${JSON.stringify(c.delimiter)}, relaxed ${c.relaxed}, pieces ${JSON.stringify(pieces)}`;
}

describe('the CSV parser under random texts', () => {
  it(`gives the records csv-parse gives, and refuses what it refuses (seed ${seed}, ${budgetMs} ms)`, () => {
    const prng = mulberry32(seed);
    const started = performance.now();
    while ((iterations < minimumTexts || performance.now() - started < budgetMs) && failures.length < 5) {
      iterations += 1;
      const c = generate(prng);
      const pieces = cuts(prng, c.text);
      const expected = oracle(c.text, c.delimiter, c.relaxed);
      const got = focal(pieces, c.delimiter);
      const where = describeCase(c, pieces);
      if (c.malformed) {
        malformedSeen += 1;
        if (!('refused' in expected)) failures.push(`${where}: csv-parse accepted a malformed text (${c.malformed}): ${JSON.stringify(expected)}`);
        if (!('refused' in got)) failures.push(`${where}: Focal accepted a malformed text (${c.malformed}): ${JSON.stringify(got.records)}`);
        else if (got.refused !== c.malformed || got.line !== c.faultLine) failures.push(`${where}: Focal refused with ${got.refused} on line ${got.line}, expected ${c.malformed} on line ${c.faultLine}`);
        continue;
      }
      if ('refused' in expected) {
        failures.push(`${where}: csv-parse refused a valid text (${expected.refused}) — a generator bug`);
        continue;
      }
      if (JSON.stringify(expected) !== JSON.stringify(c.records)) failures.push(`${where}: csv-parse ${JSON.stringify(expected)} differs from what was written ${JSON.stringify(c.records)} — a generator bug`);
      if ('refused' in got) failures.push(`${where}: Focal refused a valid text (${got.refused}); csv-parse read ${JSON.stringify(expected)}`);
      else if (JSON.stringify(got.records) !== JSON.stringify(expected)) failures.push(`${where}: Focal read ${JSON.stringify(got.records)}, csv-parse ${JSON.stringify(expected)}`);
      else if (JSON.stringify(got.lines) !== JSON.stringify(c.lines)) failures.push(`${where}: records start on lines ${JSON.stringify(got.lines)}, not ${JSON.stringify(c.lines)}`);

      // One text in ten goes through the file reader, with a BOM (Excel's "CSV UTF-8"): it drops the
      // mark and picks the delimiter itself (checked when it picks the one the text was written with:
      // under another, the same text may be valid to one dialect and not the other).
      if (iterations % 10 === 0 && c.text.length > 0 && detectDelimiter(c.text.slice(0, 65_536)) === c.delimiter) {
        throughFiles += 1;
        const file = join(folder.dir, 'fuzz.csv');
        writeFileSync(file, `\ufeff${c.text}`);
        const picked = c.delimiter;
        const fromFile: string[][] = [];
        let refused: string | null = null;
        try {
          new CsvTableSource(file).forEachRecord((cells) => {
            fromFile.push(cells.map(String));
          });
        } catch (error) {
          if (!(error instanceof CsvFormatError)) throw error;
          refused = error.reason;
        }
        const bomOracle = oracle(`\ufeff${c.text}`, picked, c.relaxed);
        if (refused !== null ? !('refused' in bomOracle) : JSON.stringify(fromFile) !== JSON.stringify(bomOracle)) {
          failures.push(`${where}, through a file with a BOM (delimiter picked ${JSON.stringify(picked)}): Focal ${refused ?? JSON.stringify(fromFile)}, csv-parse ${JSON.stringify(bomOracle)}`);
        }
      }
    }
    console.log(`CSV fuzz: ${iterations} texts (${malformedSeen} malformed, ${throughFiles} through a file with a BOM) in ${Math.round(performance.now() - started)} ms, seed ${seed}`);
    expect(failures).toEqual([]);
    // The first thousand texts alone hold enough of each kind to mean something.
    expect(iterations).toBeGreaterThanOrEqual(minimumTexts);
    expect(malformedSeen).toBeGreaterThan(200);
    expect(throughFiles).toBeGreaterThan(15);
  }, 60_000);
});
