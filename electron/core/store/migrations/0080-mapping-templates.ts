import type { Migration } from '../migration';

/**
 * Mappings saved under a name, to import next year's file of the same shape in one step. They are
 * the own city's working tools, not records of its profile: they never travel, so they carry no
 * revision or tombstone (docs/data-model.md), only the city they belong to.
 */
export const mappingTemplates: Migration = {
  version: 80,
  name: 'mapping-templates',
  up(db) {
    db.exec(`
      CREATE TABLE mapping_templates (
        city       TEXT NOT NULL REFERENCES cities (code) ON DELETE CASCADE ON UPDATE CASCADE,
        name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
        mapping    TEXT NOT NULL CHECK (json_valid(mapping)),
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (city, name)
      ) STRICT;
    `);
  },
};
