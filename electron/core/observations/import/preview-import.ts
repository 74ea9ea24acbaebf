import type { ImportPreview } from '../../../../shared/domain/observation-import';
import { CsvFormatError } from './csv-parser';
import { guessMapping } from './guess-mapping';
import type { ImportFile } from './import-files';
import { openTable } from './open-table';
import { cellText, type Cell } from './table-source';

const previewLines = 40;
const previewColumns = 60;

/** The file's first lines as text and a guessed mapping; reads no further than it shows. */
export function previewImport(file: ImportFile, sheet: string | null): ImportPreview {
  const table = openTable(file, sheet, previewLines);
  const records: { line: number; cells: readonly Cell[] }[] = [];
  let problem: string | null = null;
  try {
    table.forEachRecord((cells, line) => {
      records.push({ line, cells: cells.slice(0, previewColumns) });
      return records.length >= previewLines ? 'stop' : undefined;
    });
  } catch (error) {
    if (!(error instanceof CsvFormatError)) throw error;
    problem = error.message;
  }
  const mapping = guessMapping(records.map((r) => r.cells));
  // The guess counts records; a record may span lines, so point at the header's real line.
  const header = records[mapping.headerRow - 1];
  return {
    file: file.id,
    name: file.name,
    format: file.format,
    bytes: file.bytes,
    sheets: table.sheets,
    sheet: table.sheet,
    records: records.map((r) => ({ line: r.line, cells: r.cells.map((c) => cellText(c)) })),
    mapping: { ...mapping, sheet: table.sheet, headerRow: header?.line ?? 1 },
    problem,
  };
}
