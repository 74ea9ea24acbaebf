import { z } from 'zod';
import { Labels } from './labels';
import { CityCode } from './city';

/**
 * A district of a city (the `area` breakdown): the city defines its own list. Its code is its
 * identity within the city and travels with the city's figures; its names are for people.
 */

/**
 * A district code as figures write it: a short text without control characters or spaces at its ends.
 * Codes kept from before districts existed were whatever the figures held, so no stricter shape is asked.
 */
// eslint-disable-next-line no-control-regex -- refusing control characters and direction overrides is the point
export const DistrictCode = z.string().trim().min(1).max(40).regex(/^[^\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+$/, 'A district code cannot hold control characters.');

const optionalName = z.string().trim().max(120).default('');

/** What the Settings page sends: the code, and a name in at least one language (the others show it). */
export const DistrictInput = z
  .object({
    code: DistrictCode,
    name: z.object({ en: optionalName, fr: optionalName, ar: optionalName }).strict(),
  })
  .strict();
export type DistrictInput = z.input<typeof DistrictInput>;
export type DistrictDraft = z.output<typeof DistrictInput>;

/** A district as the store holds it and a bundle will carry it. */
export const District = z.object({
  city: CityCode,
  code: z.string(),
  name: Labels,
  revision: z.number().int().min(1),
  /** Unix milliseconds of the last change. */
  updatedAt: z.number().int(),
});
export type District = z.infer<typeof District>;
