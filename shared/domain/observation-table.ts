import { z } from 'zod';
import { dimensionCodes } from './catalogue';
import { CityCode } from './city';
import { ObservationFlags } from './observation';
import { ObservationFilter } from './observation-filter';
import { ImportProblem } from './observation-import';
import { ObservationKey } from './observation-record';

export { ObservationKey } from './observation-record';

/** A warning about a stored row (parts above their total, a value far off the period before). */
export const RowWarning = ImportProblem.pick({ code: true, message: true, params: true });
export type RowWarning = z.infer<typeof RowWarning>;

export const ObservationRow = ObservationKey.extend({
  value: z.number(),
  flags: ObservationFlags,
  /** The source's identity (its uid) and citation. */
  source: z.object({ id: z.string(), citation: z.string() }),
  note: z.string(),
  warnings: z.array(RowWarning),
});
export type ObservationRow = z.infer<typeof ObservationRow>;

export const sortColumns = ['indicator', 'period', ...dimensionCodes, 'value'] as const;

export const ObservationPageQuery = z
  .object({
    filter: ObservationFilter.default(ObservationFilter.parse({})),
    sort: z.object({ column: z.enum(sortColumns), descending: z.boolean() }).strict().nullable().default(null),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
    /** A peer city's figures (read-only) instead of the own city's. */
    city: CityCode.optional(),
  })
  .strict();
export type ObservationPageQuery = z.input<typeof ObservationPageQuery>;

export const ObservationPage = z.object({ total: z.number().int(), offset: z.number().int(), rows: z.array(ObservationRow) });
export type ObservationPage = z.infer<typeof ObservationPage>;

/**
 * A row as typed in the table: codes or labels, a number as text in the user's format, the source
 * by its citation. Checked exactly like an imported row.
 */
export const ObservationDraft = z
  .object({
    indicator: z.string().max(200),
    period: z.string().max(20),
    sex: z.string().max(80).default(''),
    age: z.string().max(80).default(''),
    status: z.string().max(80).default(''),
    origin: z.string().max(80).default(''),
    area: z.string().max(80).default(''),
    value: z.string().max(40),
    decimalComma: z.boolean().default(false),
    flags: ObservationFlags.default({ estimate: false, provisional: false, confidential: false }),
    source: z.string().max(500),
    note: z.string().max(2000).default(''),
  })
  .strict();
export type ObservationDraft = z.input<typeof ObservationDraft>;
