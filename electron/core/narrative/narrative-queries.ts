import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { NarrativeLocale, type NarrativeText } from '../../../shared/domain/narrative';
import { FocalError } from '../errors';

const TextRow = z.object({ section: z.string(), locale: NarrativeLocale, markdown: z.string(), updated_at: z.string() });

/** Every stored text of a city, in the catalogue's section order, then en, fr, ar. */
export function listNarratives(db: Database, city: string): NarrativeText[] {
  const rows = z.array(TextRow).parse(
    db
      .prepare(
        `SELECT n.section, n.locale, n.markdown, n.updated_at
           FROM profile_narratives n JOIN profile_sections s ON s.code = n.section
          WHERE n.city = ?
          ORDER BY coalesce((SELECT p.position FROM profile_sections p WHERE p.code = s.parent), s.position), s.parent IS NOT NULL, s.position,
                   CASE n.locale WHEN 'en' THEN 0 WHEN 'fr' THEN 1 ELSE 2 END`,
      )
      .all(city),
  );
  return rows.map((row) => ({ section: row.section, locale: row.locale, markdown: row.markdown, updatedAt: row.updated_at }));
}

/**
 * Stores one section's text in one language, replacing what was there. A blank text removes the row,
 * so "this section has no text in Arabic" has a single meaning for the editor and the report.
 */
export function saveNarrative(db: Database, city: string, text: { section: string; locale: NarrativeLocale; markdown: string }, now: Date): NarrativeText {
  if (db.prepare('SELECT 1 FROM profile_sections WHERE code = ?').get(text.section) === undefined) {
    const message = `"${text.section}" is not a section of the migration profile.`;
    throw new FocalError('invalid_input', message, [{ path: 'section', message }]);
  }
  const updatedAt = now.toISOString();
  if (text.markdown.trim() === '') {
    db.prepare('DELETE FROM profile_narratives WHERE city = ? AND section = ? AND locale = ?').run(city, text.section, text.locale);
    return { section: text.section, locale: text.locale, markdown: '', updatedAt };
  }
  db.prepare(
    `INSERT INTO profile_narratives (city, section, locale, markdown, updated_at) VALUES (@city, @section, @locale, @markdown, @updatedAt)
     ON CONFLICT (city, section, locale) DO UPDATE SET markdown = excluded.markdown, updated_at = excluded.updated_at`,
  ).run({ city, section: text.section, locale: text.locale, markdown: text.markdown, updatedAt });
  return { section: text.section, locale: text.locale, markdown: text.markdown, updatedAt };
}
