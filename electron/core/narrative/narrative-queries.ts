import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { NarrativeLocale, type NarrativeText } from '../../../shared/domain/narrative';
import type { OwnCity } from '../city/own-city';
import { FocalError } from '../errors';

const TextRow = z.object({ section: z.string(), locale: NarrativeLocale, markdown: z.string(), updated_at: z.number() });

/** Every stored text of a city, in the catalogue's section order, then en, fr, ar. */
export function listNarratives(db: Database, city: string): NarrativeText[] {
  const rows = z.array(TextRow).parse(
    db
      .prepare(
        `SELECT n.section, n.locale, n.markdown, n.updated_at
           FROM profile_narratives n JOIN profile_sections s ON s.code = n.section
          WHERE n.city = ? AND n.deleted = 0
          ORDER BY coalesce((SELECT p.position FROM profile_sections p WHERE p.code = s.parent), s.position), s.parent IS NOT NULL, s.position,
                   CASE n.locale WHEN 'en' THEN 0 WHEN 'fr' THEN 1 ELSE 2 END`,
      )
      .all(city),
  );
  return rows.map((row) => ({ section: row.section, locale: row.locale, markdown: row.markdown, updatedAt: new Date(row.updated_at).toISOString() }));
}

/**
 * Stores one section's text in one language of the own city, replacing what was there. A blank text
 * is a deletion (a tombstone that can travel), so "this section has no text in Arabic" has a single
 * meaning for the editor and the report. Every change raises the text's revision.
 */
export function saveNarrative(db: Database, city: OwnCity, text: { section: string; locale: NarrativeLocale; markdown: string }, now: Date): NarrativeText {
  if (db.prepare('SELECT 1 FROM profile_sections WHERE code = ?').get(text.section) === undefined) {
    const message = `"${text.section}" is not a section of the migration profile.`;
    throw new FocalError('invalid_input', message, [{ path: 'section', message }]);
  }
  const deleted = text.markdown.trim() === '';
  const markdown = deleted ? '' : text.markdown;
  db.prepare(
    `INSERT INTO profile_narratives (city, section, locale, markdown, revision, updated_at, deleted)
     VALUES (@city, @section, @locale, @markdown, 1, @now, @deleted)
     ON CONFLICT (city, section, locale) DO UPDATE SET markdown = excluded.markdown, revision = profile_narratives.revision + 1,
       updated_at = excluded.updated_at, deleted = excluded.deleted
     WHERE NOT (profile_narratives.markdown = excluded.markdown AND profile_narratives.deleted = excluded.deleted)`,
  ).run({ city: city.code, section: text.section, locale: text.locale, markdown, now: now.getTime(), deleted: deleted ? 1 : 0 });
  return { section: text.section, locale: text.locale, markdown, updatedAt: now.toISOString() };
}
