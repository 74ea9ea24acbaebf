import type { Database } from 'better-sqlite3';
import { sampleNarrative } from '../city/sample-narrative';

/** Stores the sample city's profile text (every section in English, French and Arabic). */
export function insertSampleNarrative(db: Database, city: string, now: Date): void {
  const insert = db.prepare('INSERT INTO profile_narratives (city, section, locale, markdown, updated_at) VALUES (?, ?, ?, ?, ?)');
  const stamp = now.toISOString();
  for (const text of sampleNarrative) insert.run(city, text.section, text.locale, text.markdown, stamp);
}
