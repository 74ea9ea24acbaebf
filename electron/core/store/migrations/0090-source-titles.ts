import type { Migration } from '../migration';

/**
 * A source may carry its title in each language of the network (docs/data-model.md: sources are a
 * travelling record). An empty title means "none in that language": a report then names the source
 * by its citation, which stays the source's identity among the city's live sources. Existing rows
 * keep their revision: adding a column alters no record.
 */
export const sourceTitles: Migration = {
  version: 90,
  name: 'source-titles',
  up(db) {
    db.exec(`
      ALTER TABLE sources ADD COLUMN title_en TEXT NOT NULL DEFAULT '' CHECK (length(title_en) <= 500);
      ALTER TABLE sources ADD COLUMN title_fr TEXT NOT NULL DEFAULT '' CHECK (length(title_fr) <= 500);
      ALTER TABLE sources ADD COLUMN title_ar TEXT NOT NULL DEFAULT '' CHECK (length(title_ar) <= 500);
    `);
  },
};
