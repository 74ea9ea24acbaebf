import { z } from 'zod';
import { SourceKind } from './observation';

/**
 * What an import needs to know about a file: which line holds the column names and which column
 * holds which part of an observation. The canonical tidy file maps itself; other shapes (years
 * spread across columns, labels instead of codes, a title above the header) are mapped by the user
 * in the column-mapping step.
 */
export const importFields = ['indicator', 'period', 'sex', 'age', 'status', 'origin', 'area', 'value', 'source', 'note', 'flags'] as const;
export const ImportField = z.enum(importFields);
export type ImportField = z.infer<typeof ImportField>;

export const ImportMapping = z
  .object({
    /** XLSX only: the sheet to read (the first one when null). */
    sheet: z.string().nullable().default(null),
    /** Line (1-based) holding the column names; data starts on the next line. */
    headerRow: z.number().int().min(1).max(1000).default(1),
    /** Column index (0-based) for each field read from the file. */
    columns: z.partialRecord(ImportField, z.number().int().min(0).max(16_383)).default({}),
    /** A value used for every row when the field has no column (e.g. the indicator of a one-indicator sheet). */
    fixed: z.partialRecord(ImportField, z.string().max(500)).default({}),
    /** Years (or other periods) spread across columns: each listed column holds the value for its period. */
    periodColumns: z.array(z.object({ column: z.number().int().min(0).max(16_383), period: z.string() })).max(500).default([]),
    /**
     * Only the rows where each listed column holds the given text are read (e.g. Area = Tunisia in a
     * table of every country); the others are skipped, not errors. Compared as labels are: case,
     * accents and letter forms aside.
     */
    rowFilters: z.array(z.object({ column: z.number().int().min(0).max(16_383), value: z.string().max(500) })).max(10).default([]),
    /** Numbers written 1.234,5 (decimal comma) rather than 1,234.5. */
    decimalComma: z.boolean().default(false),
    /** The kind given to sources cited for the first time in this file. */
    newSourceKind: SourceKind.default('other'),
  })
  .strict();
export type ImportMapping = z.output<typeof ImportMapping>;
export type ImportMappingInput = z.input<typeof ImportMapping>;

/** A mapping saved under a name, to read the next file of the same shape the same way. */
export const MappingTemplate = z.object({ name: z.string().trim().min(1).max(120), mapping: ImportMapping, updatedAt: z.number().int() });
export type MappingTemplate = z.infer<typeof MappingTemplate>;

/** Why a row cannot be imported (blocks the import) or deserves a second look (does not). */
export const importProblemCodes = [
  'file_format',
  'no_header',
  'missing_column',
  'extra_cells',
  'unknown_indicator',
  'missing_indicator',
  'bad_period',
  'missing_period',
  'unknown_code',
  'unknown_district',
  'dimension_not_allowed',
  'missing_value',
  'bad_number',
  'negative_count',
  'not_integer',
  'percent_range',
  'ynp_value',
  'missing_source',
  'unknown_flag',
  'text_too_long',
  'control_character',
  'number_not_exact',
  'unknown_source',
  'duplicate_row',
  'parts_exceed_total',
  'outlier',
  'unknown_column',
  'withheld_value',
] as const;
export const ImportProblemCode = z.enum(importProblemCodes);
export type ImportProblemCode = z.infer<typeof ImportProblemCode>;

export const ImportProblem = z.object({
  /** Line in the file (the header being line 1 in a plain file); 0 when the problem is about the file. */
  row: z.number().int().min(0),
  /** The column's name in the file (or the field's name when it has no column). */
  column: z.string(),
  code: ImportProblemCode,
  /** Plain English for the CLI; the interface translates from `code` and `params`. */
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ImportSummary = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Rows read from the file (after the header), blank lines excluded. */
  rows: z.number().int(),
  errors: z.array(ImportProblem),
  /** All errors, when more than the listed ones were found. */
  errorCount: z.number().int(),
  warnings: z.array(ImportProblem),
  warningCount: z.number().int(),
  /** Citations this file introduces (sources created on apply). */
  newSources: z.array(z.string()),
  /** Whether the rows were written (false for a dry run and whenever there is an error). */
  applied: z.boolean(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

/** The first lines of a file and a guess at its mapping, for the column-mapping step. */
export const ImportPreview = z.object({
  file: z.string(),
  name: z.string(),
  format: z.enum(['csv', 'xlsx']),
  bytes: z.number().int(),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  records: z.array(z.object({ line: z.number().int(), cells: z.array(z.string()) })),
  mapping: ImportMapping,
  /** Why the preview stops early (a malformed line), if it does. */
  problem: z.string().nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const importJobStates = ['running', 'done', 'failed', 'cancelled'] as const;

export const ImportJob = z.object({
  job: z.string(),
  dryRun: z.boolean(),
  state: z.enum(importJobStates),
  progress: z.object({ done: z.number(), total: z.number(), rows: z.number().int(), phase: z.enum(['reading', 'checking', 'writing']) }),
  summary: ImportSummary.nullable(),
  /** What went wrong when the job failed (not a row error: those are in the summary). */
  error: z.string().nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;
