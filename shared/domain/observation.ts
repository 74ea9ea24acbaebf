import { z } from 'zod';
import { Unit } from './catalogue';
import { Labels } from './labels';
import { ObservationFlags } from './observation-record';

export const sourceKinds = ['administrative', 'census', 'survey', 'field-research', 'estimate', 'other'] as const;
export const SourceKind = z.enum(sourceKinds);
export type SourceKind = z.infer<typeof SourceKind>;

/** A source's title in each language of the network; '' where it has none in that language. */
export const SourceTitles = z.object({ en: z.string().max(500), fr: z.string().max(500), ar: z.string().max(500) });
export type SourceTitles = z.infer<typeof SourceTitles>;
export const noSourceTitles: SourceTitles = { en: '', fr: '', ar: '' };

/** Where a figure comes from; profiles show every figure as "data / year / source". */
export const Source = z.object({
  citation: z.string(),
  publisher: z.string(),
  year: z.number().int().nullable(),
  kind: SourceKind,
  titles: SourceTitles,
});
export type Source = z.infer<typeof Source>;

export { ObservationFlags } from './observation-record';

/** One indicator's latest total, what it was the period before, and the programme's focus groups. */
export const KeyFigure = z.object({
  indicator: z.string(),
  name: Labels,
  unit: Unit,
  period: z.string(),
  value: z.number(),
  previous: z.object({ period: z.string(), value: z.number() }).nullable(),
  source: Source,
  flags: ObservationFlags,
  /** Women, youth, refugees, asylum seekers: the latest period's value for each that was reported. */
  focus: z.array(z.object({ group: z.string(), name: Labels, value: z.number() })),
});
export type KeyFigure = z.infer<typeof KeyFigure>;
