import type { ImportProblem, ImportProblemCode } from '../../../../shared/domain/observation-import';

type Params = Record<string, string | number>;

/** Plain English for the CLI and logs; the interface words the same problems from `code` and `params`. */
const messages: Record<ImportProblemCode, (p: Params) => string> = {
  file_format: (p) => `The file cannot be read: ${p.reason}`,
  no_header: (p) => `Line ${p.line} (the header) is empty or missing.`,
  missing_column: (p) => `No column holds the ${p.field}, and no value was given for it.`,
  extra_cells: (p) => `This row has ${p.count} values but the header names ${p.columns} columns.`,
  unknown_indicator: (p) => `"${p.value}" is not an indicator of the catalogue or of this city.`,
  missing_indicator: () => 'The indicator is missing.',
  bad_period: (p) => `"${p.value}" is not a period (write 2024, 2024-S1, 2024-Q3, 2024-05 or 2024-05-17).`,
  missing_period: () => 'The period is missing.',
  unknown_code: (p) => `"${p.value}" is not a ${p.dimension} code or label.`,
  unknown_district: (p) => `"${p.value}" is not one of the city's districts (Settings lists them).`,
  dimension_not_allowed: (p) => `${p.indicator} is not broken down by ${p.dimension}.`,
  missing_value: () => 'The value is missing.',
  bad_number: (p) => `"${p.value}" is not a number.`,
  negative_count: (p) => `${p.value} is negative; a count cannot be.`,
  not_integer: (p) => `${p.value} is not a whole number; a count must be.`,
  percent_range: (p) => `${p.value} is outside 0–100; a percentage must be within.`,
  ynp_value: (p) => `"${p.value}" is not yes, partial or no.`,
  missing_source: () => 'The source is missing; every figure needs one.',
  unknown_flag: (p) => `"${p.value}" is not a flag (estimate, provisional, confidential).`,
  text_too_long: (p) => `The text is longer than ${p.limit} characters.`,
  control_character: () => 'The text holds an invisible control character (such as NUL, ESC or a direction override); remove it.',
  number_not_exact: (p) => `${p.value} has more digits than a figure can keep exactly (whole numbers up to 9,007,199,254,740,991, other numbers up to 15 digits).`,
  unknown_source: (p) => `The source ${p.value} no longer exists.`,
  duplicate_row: (p) => (p.first === undefined ? 'Same indicator, period and breakdown as an earlier line.' : `Same indicator, period and breakdown as line ${p.first}.`),
  parts_exceed_total: (p) => `The ${p.dimension} breakdown adds up to ${p.parts}, more than the total ${p.total} (${p.indicator}, ${p.period}).`,
  outlier: (p) => `${p.value} is far from ${p.previous} in ${p.previousPeriod} (${p.indicator}); check it.`,
  unknown_column: (p) => `The column "${p.name}" is not used by the import.`,
  withheld_value: () => 'The value was withheld in the file (suppressed or confidential); this row is skipped.',
};

export function problemMessage(code: ImportProblemCode, params: Params): string {
  return messages[code](params);
}

/**
 * Errors and warnings of one import. Only the first few hundred are kept with their text (a file
 * with an error on every one of a million rows must not fill the memory); all are counted.
 */
export class ProblemList {
  readonly errors: ImportProblem[] = [];
  readonly warnings: ImportProblem[] = [];
  errorCount = 0;
  warningCount = 0;

  constructor(private readonly keep = 500) {}

  error(row: number, column: string, code: ImportProblemCode, params: Params = {}): void {
    this.errorCount += 1;
    if (this.errors.length < this.keep) this.errors.push({ row, column, code, message: problemMessage(code, params), params });
  }

  warning(row: number, column: string, code: ImportProblemCode, params: Params = {}): void {
    this.warningCount += 1;
    if (this.warnings.length < this.keep) this.warnings.push({ row, column, code, message: problemMessage(code, params), params });
  }

  /**
   * Takes in the problems another list found over the same file (an import's reading thread keeps its
   * own): all are counted; the kept ones are those of the earliest lines.
   */
  absorb(other: Pick<ProblemList, 'errors' | 'warnings' | 'errorCount' | 'warningCount'>): void {
    this.errorCount += other.errorCount;
    this.warningCount += other.warningCount;
    this.errors.push(...other.errors);
    this.warnings.push(...other.warnings);
    this.sortByLine();
    this.errors.length = Math.min(this.errors.length, this.keep);
    this.warnings.length = Math.min(this.warnings.length, this.keep);
  }

  /** In the order of the file's lines (checks over all rows find their problems after the reading). */
  sortByLine(): void {
    this.errors.sort((a, b) => a.row - b.row);
    this.warnings.sort((a, b) => a.row - b.row);
  }
}
