/** One cell as a file gives it: CSV gives text, XLSX also numbers and booleans; null is an empty cell. */
export type Cell = string | number | boolean | null;

/** Answer `'stop'` to stop reading early (a cancelled import, a preview that has enough rows). */
export type RecordVisitor = (cells: readonly Cell[], line: number) => void | 'stop';

/** A file read as records, each with the line it starts on, reporting how far it got. */
export interface TableSource {
  readonly format: 'csv' | 'xlsx';
  /** Progress unit: bytes for CSV, rows for XLSX. */
  readonly total: number;
  readonly done: number;
  forEachRecord(visit: RecordVisitor): void;
}

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  return String(cell);
}

export function isBlankRecord(cells: readonly Cell[]): boolean {
  return cells.every((cell) => cellText(cell) === '');
}
