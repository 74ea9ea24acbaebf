import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { SourceKind, SourceTitles } from '../../../shared/domain/observation';
import type { OwnCity } from '../city/own-city';
import { FocalError } from '../errors';

/** What a focal point completes about a source after it was first cited. */
export interface SourceDetails {
  citation: string;
  publisher: string;
  year: number | null;
  kind: SourceKind;
  /** The title in each language; '' where there is none. */
  titles: SourceTitles;
}

/**
 * Changes one of the own city's sources, found by its identity (docs/data-model.md): the revision
 * rises when anything changes, a title included. A citation names one live source, so a clash is refused.
 */
export function updateSource(db: Database, city: OwnCity, uid: string, details: SourceDetails, now: Date): void {
  const clash = db.prepare('SELECT 1 FROM sources WHERE city = ? AND citation = ? AND uid <> ? AND deleted = 0').get(city.code, details.citation, uid);
  if (clash) throw new FocalError('conflict', 'Another source already has this citation; keep one of them.');
  const exists = db.prepare('SELECT 1 FROM sources WHERE city = ? AND uid = ? AND deleted = 0').get(city.code, uid);
  if (!exists) throw new FocalError('not_found', 'This source no longer exists.');
  const { titles, ...rest } = details;
  // Writing the same values again changes nothing, revision included (docs/data-model.md, rule 3).
  db.prepare(
    `UPDATE sources SET citation = @citation, publisher = @publisher, year = @year, kind = @kind,
            title_en = @title_en, title_fr = @title_fr, title_ar = @title_ar, revision = revision + 1, updated_at = @now
      WHERE city = @city AND uid = @uid AND deleted = 0
        AND NOT (citation = @citation AND publisher = @publisher AND year IS @year AND kind = @kind
                 AND title_en = @title_en AND title_fr = @title_fr AND title_ar = @title_ar)`,
  ).run({ ...rest, title_en: titles.en, title_fr: titles.fr, title_ar: titles.ar, city: city.code, uid, now: now.getTime() });
}

/** The identity of the own city's live source with this citation, if any. */
export function sourceUidByCitation(db: Database, city: OwnCity, citation: string): string | null {
  const row = z.object({ uid: z.string() }).optional().parse(db.prepare('SELECT uid FROM sources WHERE city = ? AND citation = ? AND deleted = 0').get(city.code, citation));
  return row?.uid ?? null;
}
