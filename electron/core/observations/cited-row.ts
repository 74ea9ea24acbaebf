import { z } from 'zod';
import type { CitedValue } from '../../../shared/domain/dashboard';
import { SourceKind } from '../../../shared/domain/observation';

/**
 * An observation joined with its source, as every "data / year / source" query selects it:
 * `o.period, o.value, o.is_estimate, o.is_provisional, o.is_confidential, s.citation, s.publisher, s.year, s.kind, s.title_en, s.title_fr, s.title_ar`.
 */
export const citedColumns = 'o.period, o.value, o.is_estimate, o.is_provisional, o.is_confidential, s.citation, s.publisher, s.year, s.kind, s.title_en, s.title_fr, s.title_ar';

export const CitedRow = z.object({
  period: z.string(),
  value: z.number(),
  is_estimate: z.number(),
  is_provisional: z.number(),
  is_confidential: z.number(),
  citation: z.string(),
  publisher: z.string(),
  year: z.number().nullable(),
  kind: SourceKind,
  title_en: z.string(),
  title_fr: z.string(),
  title_ar: z.string(),
});
export type CitedRow = z.infer<typeof CitedRow>;

export function toCitedValue(row: CitedRow): CitedValue {
  return {
    period: row.period,
    value: row.value,
    flags: { estimate: row.is_estimate === 1, provisional: row.is_provisional === 1, confidential: row.is_confidential === 1 },
    source: { citation: row.citation, publisher: row.publisher, year: row.year, kind: row.kind, titles: { en: row.title_en, fr: row.title_fr, ar: row.title_ar } },
  };
}
