import { z } from 'zod';

/**
 * The one description of an observation (docs/data-model.md). An observation is identified in every
 * city by its natural key: the indicator's code, the period and one code per breakdown ('' = total).
 * Adding a breakdown means adding it here (the catalogue's list of breakdowns is this one; its
 * codelist is data in resources/) and a migration: the store's columns, the validator and the writer
 * are derived from these lists.
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

/** The breakdowns of the key, in column order; the catalogue's `dimensionCodes` are these. */
export const breakdownFields = ['sex', 'age', 'status', 'origin', 'area'] as const;
/** The fields of the key, in column order. */
export const observationKeyFields = ['indicator', 'period', ...breakdownFields] as const;

// The key's fields and the lists above must name the same things: a breakdown added to one and not
// the other fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const observationDescriptionChecked: Same<keyof ObservationKey, (typeof observationKeyFields)[number]> = true;

/** Whether a figure is an estimate, provisional, or confidential (withheld from everything that leaves the machine). */
export const ObservationFlags = z.object({ estimate: z.boolean(), provisional: z.boolean(), confidential: z.boolean() });

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
