import { z } from 'zod';
import { breakdownFields, ObservationKey, observationKeyFields } from '../../../../shared/domain/observation-record';

/**
 * The observations table, described once (docs/data-model.md). Every SQL column list, the row
 * mappers and the breakdown-shape expression are derived from here and from the shared record's key;
 * nothing else in the core spells the columns out.
 */

/** An observation's values inside the core: the key, the value, flags, the source's local link and the note. */
export interface ObservationValues extends ObservationKey {
  value: number;
  estimate: boolean;
  provisional: boolean;
  confidential: boolean;
  /** The local row id of the source (a link inside this store; the source's `uid` is what travels). */
  sourceRef: number;
  note: string;
}

/** One stored row as SQLite answers it (named columns): the shared key, then the stored values. */
export const ObservationSqlRow = z.object({
  ...ObservationKey.shape,
  value: z.number(),
  is_estimate: z.number(),
  is_provisional: z.number(),
  is_confidential: z.number(),
  source: z.number(),
  note: z.string(),
  revision: z.number(),
  updated_at: z.number(),
});
export type ObservationSqlRow = z.infer<typeof ObservationSqlRow>;

/** The columns a writer sets from an observation's values, in table order (city, revision and time come from the writer). */
export const valueColumns = ['value', 'is_estimate', 'is_provisional', 'is_confidential', 'source', 'note'] as const;
export const writtenColumns = [...observationKeyFields, ...valueColumns] as const;
/** Every column of the table. */
export const allColumns = ['city', ...writtenColumns, 'revision', 'updated_at'] as const;

type WrittenColumn = (typeof writtenColumns)[number];

/** The values bound for each written column: the compiler insists on every one. */
export function sqlValues(row: ObservationValues): Record<WrittenColumn, string | number> {
  return {
    indicator: row.indicator,
    period: row.period,
    sex: row.sex,
    age: row.age,
    status: row.status,
    origin: row.origin,
    area: row.area,
    value: row.value,
    is_estimate: row.estimate ? 1 : 0,
    is_provisional: row.provisional ? 1 : 0,
    is_confidential: row.confidential ? 1 : 0,
    source: row.sourceRef,
    note: row.note,
  };
}

/**
 * Writes one row's values into a positional parameter array at `at`, in `writtenColumns` order. The
 * import calls this for every row of a file (a million times): one pass over the column list, no
 * closure per column.
 */
export function bindValues(params: (string | number)[], at: number, row: ObservationValues): void {
  const values = sqlValues(row);
  for (let i = 0; i < writtenColumns.length; i += 1) {
    const column = writtenColumns[i];
    if (column !== undefined) params[at + i] = values[column];
  }
}

export function keyOf(row: ObservationKey): ObservationKey {
  return { indicator: row.indicator, period: row.period, sex: row.sex, age: row.age, status: row.status, origin: row.origin, area: row.area };
}

/**
 * A row from the texts of its key in `observationKeyFields` order and its other values — the packed
 * form in which rows cross from an import's reading thread to its writing thread. One object
 * literal, no spread: this runs for every row of a file.
 */
export function valuesFromKeyList(key: readonly string[], value: number, flags: number, sourceRef: number, note: string): ObservationValues {
  return {
    indicator: key[0] ?? '',
    period: key[1] ?? '',
    sex: key[2] ?? '',
    age: key[3] ?? '',
    status: key[4] ?? '',
    origin: key[5] ?? '',
    area: key[6] ?? '',
    value,
    estimate: (flags & flagBits.estimate) !== 0,
    provisional: (flags & flagBits.provisional) !== 0,
    confidential: (flags & flagBits.confidential) !== 0,
    sourceRef,
    note,
  };
}

/** The flags of a row as bits (packed rows). */
export const flagBits = { estimate: 1, provisional: 2, confidential: 4 } as const;

export function flagsAsBits(row: Pick<ObservationValues, 'estimate' | 'provisional' | 'confidential'>): number {
  return (row.estimate ? flagBits.estimate : 0) | (row.provisional ? flagBits.provisional : 0) | (row.confidential ? flagBits.confidential : 0);
}

/** One string per key, for maps. */
export function rowKey(key: ObservationKey): string {
  return observationKeyFields.map((field) => key[field]).join('\u0001');
}

export function sameKey(a: ObservationKey, b: ObservationKey): boolean {
  return observationKeyFields.every((field) => a[field] === b[field]);
}

/** `indicator = @indicator AND …` over the key (named parameters), optionally on a table alias. */
export function keyCondition(alias = ''): string {
  const prefix = alias === '' ? '' : `${alias}.`;
  return observationKeyFields.map((field) => `${prefix}${field} = @${field}`).join(' AND ');
}

/** `a.indicator = b.indicator AND …` over the key. */
export function keyJoin(a: string, b: string): string {
  return observationKeyFields.map((field) => `${a}.${field} = ${b}.${field}`).join(' AND ');
}

export const keyColumnList = observationKeyFields.join(', ');
export const writtenColumnList = writtenColumns.join(', ');
export const allColumnList = allColumns.join(', ');

/** The bit each breakdown has in a coverage shape: which breakdowns a row sets (0 = the total). */
export function shapeBit(field: (typeof breakdownFields)[number]): number {
  return 1 << breakdownFields.indexOf(field);
}

/** The shape of a breakdown: the bits of the breakdowns it sets (0 = the total). */
export function shapeOf(breakdown: Partial<Record<(typeof breakdownFields)[number], string>>): number {
  return breakdownFields.reduce((shape, field) => ((breakdown[field] ?? '') === '' ? shape : shape | shapeBit(field)), 0);
}

/** The same shape computed by SQLite over the table's columns, optionally on an alias. */
export function shapeSql(alias = ''): string {
  const prefix = alias === '' ? '' : `${alias}.`;
  return breakdownFields.map((field, i) => `((${prefix}${field} <> '') << ${i})`).join(' | ');
}
