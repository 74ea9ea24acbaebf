import { z } from 'zod';
import type { Dimension } from './catalogue';
import { ObservationFlags } from './observation';

/**
 * The one description of an observation (docs/data-model.md). An observation is identified in every
 * city by its natural key: the indicator's code, the period and one code per breakdown ('' = total).
 * Adding a breakdown means adding it here (and to the catalogue's codelists) and a migration: the
 * store's columns, the validator and the writer are derived from these lists.
 */
export const ObservationKey = z
  .object({
    indicator: z.string().min(1).max(120),
    period: z.string().min(4).max(10),
    sex: z.string().max(40),
    age: z.string().max(40),
    status: z.string().max(40),
    origin: z.string().max(40),
    area: z.string().max(40),
  })
  .strict();
export type ObservationKey = z.infer<typeof ObservationKey>;

/** The breakdowns of the key, in column order. */
export const breakdownFields = ['sex', 'age', 'status', 'origin', 'area'] as const satisfies readonly Dimension[];
/** The fields of the key, in column order. */
export const observationKeyFields = ['indicator', 'period', ...breakdownFields] as const;

// The key's fields and the lists above must name the same things: a breakdown added to one and not
// the other fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const keyFieldsMatch: Same<keyof ObservationKey, (typeof observationKeyFields)[number]> = true;
const breakdownsMatch: Same<Dimension, (typeof breakdownFields)[number]> = true;
export const observationDescriptionChecked = keyFieldsMatch && breakdownsMatch;

/**
 * An observation as it is stored and as it travels: its key, value, flags, the identity of its
 * source (the source's `uid`, the same in every city) and note. Undo hands these back to the core,
 * which checks them again like any other write.
 */
export const ObservationRecord = ObservationKey.extend({
  value: z.number(),
  flags: ObservationFlags,
  source: z.string().min(1).max(64),
  note: z.string(),
}).strict();
export type ObservationRecord = z.infer<typeof ObservationRecord>;
