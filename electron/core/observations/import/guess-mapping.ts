import { importFields, type ImportField, type ImportMapping } from '../../../../shared/domain/observation-import';
import { normalisePeriod } from '../../../../shared/domain/period';
import { foldLabel } from './code-recognizer';
import { holdsCountries } from './country-column';
import { fieldAliases } from './label-aliases';
import { parseNumberText } from './number-text';
import { cellText, type Cell } from './table-source';

/**
 * A first guess at how a file maps onto observations, from its first rows: which line is the
 * header (the first line that names several fields or periods), which column is which field,
 * whether years are spread across columns, and whether numbers use a decimal comma. The canonical
 * tidy file is guessed completely; anything else is shown to the user to confirm or correct.
 */
export function guessMapping(records: readonly (readonly Cell[])[]): ImportMapping {
  const headerIndex = guessHeaderIndex(records);
  const header = (records[headerIndex] ?? []).map((cell) => cellText(cell));
  const columns: Partial<Record<ImportField, number>> = {};
  const periodColumns: ImportMapping['periodColumns'] = [];
  const data = records.slice(headerIndex + 1);
  const cellsOf = (index: number) => data.map((cells) => cellText(cells[index] ?? null));
  header.forEach((name, index) => {
    let field = fieldFor(name);
    // A column of countries is about origin, or about the country a table covers (a row filter):
    // never the indicator, never the city's districts.
    if (field !== 'origin' && holdsCountries(cellsOf(index))) field = undefined;
    if (field && columns[field] === undefined) {
      columns[field] = index;
      return;
    }
    const period = name === '' ? null : normalisePeriod(name);
    if (period && !field) periodColumns.push({ column: index, period });
  });
  // Years as columns only count when there is no value column; a tidy file may still have a "2024" note column.
  const wide = columns.value === undefined && periodColumns.length > 0;
  if (columns.value === undefined && !wide) {
    const numeric = lastNumericColumn(header, data, new Set(Object.values(columns)));
    if (numeric !== null) columns.value = numeric;
  }
  return {
    sheet: null,
    headerRow: headerIndex + 1,
    columns,
    fixed: {},
    periodColumns: wide ? periodColumns : [],
    rowFilters: [],
    decimalComma: guessDecimalComma(records.slice(headerIndex + 1)),
    newSourceKind: 'other',
  };
}

const aliasToField = new Map<string, ImportField>();
for (const field of importFields) {
  aliasToField.set(field, field);
  for (const alias of fieldAliases[field] ?? []) aliasToField.set(foldLabel(alias), field);
}

export function fieldFor(name: string): ImportField | undefined {
  return aliasToField.get(foldLabel(name));
}

function headerScore(cells: readonly Cell[]): number {
  let score = 0;
  for (const cell of cells) {
    const text = cellText(cell);
    if (text === '') continue;
    if (fieldFor(text)) score += 2;
    else if (normalisePeriod(text)) score += 1;
  }
  return score;
}

function guessHeaderIndex(records: readonly (readonly Cell[])[]): number {
  let best = 0;
  let bestScore = 0;
  records.slice(0, 30).forEach((cells, index) => {
    const score = headerScore(cells);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/**
 * The value column of a file whose header does not name it: the last unmapped column whose cells
 * are all numbers (a "Stock" or "Total" column at the end of a statistics table), if any.
 */
function lastNumericColumn(header: readonly string[], data: readonly (readonly Cell[])[], used: ReadonlySet<number>): number | null {
  for (let index = header.length - 1; index >= 0; index -= 1) {
    if (used.has(index) || (header[index] ?? '') === '') continue;
    const cells = data.map((cells) => cells[index] ?? null).filter((cell) => cellText(cell).trim() !== '');
    if (cells.length > 0 && cells.every((cell) => typeof cell === 'number' || parseNumberText(cellText(cell), false) !== null || parseNumberText(cellText(cell), true) !== null)) return index;
  }
  return null;
}

/** A decimal comma when some value reads only that way ("12,5") and none reads only the other way. */
function guessDecimalComma(records: readonly (readonly Cell[])[]): boolean {
  let comma = 0;
  let point = 0;
  for (const cells of records.slice(0, 200)) {
    for (const cell of cells) {
      if (typeof cell !== 'string' || !/\d/.test(cell)) continue;
      const asPoint = parseNumberText(cell, false);
      const asComma = parseNumberText(cell, true);
      if (asPoint === null && asComma !== null) comma += 1;
      if (asComma === null && asPoint !== null) point += 1;
    }
  }
  return comma > 0 && point === 0;
}
