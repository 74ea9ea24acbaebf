import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { SourceSummary } from '../../../shared/api/contract';
import { SourceKind } from '../../../shared/domain/observation';

// One pass over the observations counts every source's use (observations have no index by source).
const sourcesQuery = `SELECT s.uid AS id, s.citation, s.publisher, s.year, s.kind, s.title_en, s.title_fr, s.title_ar, s.revision, coalesce(u.n, 0) AS observations
    FROM sources s LEFT JOIN (SELECT source, count(*) AS n FROM observations WHERE city = @city GROUP BY source) u ON u.source = s.id
   WHERE s.city = @city AND s.deleted = 0`;

const SourceRow = z
  .object({
    id: z.string(),
    citation: z.string(),
    publisher: z.string(),
    year: z.number().nullable(),
    kind: SourceKind,
    title_en: z.string(),
    title_fr: z.string(),
    title_ar: z.string(),
    revision: z.number(),
    observations: z.number(),
  })
  .transform(({ title_en, title_fr, title_ar, ...row }): SourceSummary => ({ ...row, titles: { en: title_en, fr: title_fr, ar: title_ar } }));

/** A city's live sources, by citation, each with how many figures cite it. */
export function listSources(db: Database, city: string): SourceSummary[] {
  return z.array(SourceRow).parse(db.prepare(`${sourcesQuery} ORDER BY s.citation`).all({ city }));
}

/** One source of a city by its identity. */
export function readSource(db: Database, city: string, uid: string): SourceSummary {
  return SourceRow.parse(db.prepare(`${sourcesQuery} AND s.uid = @uid`).get({ city, uid }));
}
