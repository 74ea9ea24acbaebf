import type { Migration } from '../migration';

/**
 * The profile's written sections: one Markdown text per city, profile section and language. Figures
 * are not copied into the text but cited (`{{POP_TOTAL 2024}}`) and resolved from the observations
 * when shown, so nothing here needs to change when the data does.
 */
export const profileNarratives: Migration = {
  version: 50,
  name: 'profile-narratives',
  up(db) {
    db.exec(`
      CREATE TABLE profile_narratives (
        city       TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        -- Catalogue sections are upserted, never deleted, so a text never loses its section.
        section    TEXT NOT NULL REFERENCES profile_sections (code),
        locale     TEXT NOT NULL CHECK (locale IN ('en', 'fr', 'ar')),
        markdown   TEXT NOT NULL CHECK (length(markdown) <= 50000),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (city, section, locale)
      ) STRICT;
    `);
  },
};
