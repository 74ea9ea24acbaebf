import { z } from 'zod';
import { dimensionCodes } from './catalogue';

/**
 * A view of the observations: the data table, the charts and every export take the same filter, so
 * "export what I see" exports exactly that. An empty list means no restriction; for a breakdown,
 * '' selects the totals.
 */
export const ObservationFilter = z
  .object({
    indicators: z.array(z.string().max(80)).max(500).default([]),
    domain: z.string().max(40).nullable().default(null),
    periods: z.array(z.string().max(10)).max(200).default([]),
    breakdown: z.partialRecord(z.enum(dimensionCodes), z.array(z.string().max(40)).max(300)).default({}),
    /** Matched against the note and the source's citation. */
    text: z.string().trim().max(200).default(''),
  })
  .strict();
export type ObservationFilter = z.output<typeof ObservationFilter>;
export type ObservationFilterInput = z.input<typeof ObservationFilter>;
