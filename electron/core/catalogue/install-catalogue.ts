import type { Database } from 'better-sqlite3';
import { readSetting, writeSetting } from '../settings/settings-queries';
import type { CatalogueFiles } from './catalogue-files';

export const catalogueVersionKey = 'catalogue.version';

export function installedCatalogueVersion(db: Database): number {
  return Number(readSetting(db, catalogueVersionKey) ?? 0);
}

/**
 * Loads the shipped catalogue into the store when it is newer than what the store holds. Rows are
 * upserted, never deleted: a city's records may already point at an entry a later catalogue drops.
 * Runs in one transaction.
 */
export function installCatalogue(db: Database, files: CatalogueFiles): boolean {
  if (installedCatalogueVersion(db) >= files.manifest.version) return false;
  const json = (value: unknown) => JSON.stringify(value);
  db.transaction(() => {
    const domain = db.prepare(
      `INSERT INTO policy_domains (code, name, description, is_context, position) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, description = excluded.description,
         is_context = excluded.is_context, position = excluded.position`,
    );
    files.domains.forEach((d, i) => domain.run(d.code, json(d.name), json(d.description), d.context ? 1 : 0, i));

    const codelist = db.prepare(
      `INSERT INTO codelists (code, name, description, is_open, position) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, description = excluded.description,
         is_open = excluded.is_open, position = excluded.position`,
    );
    const value = db.prepare(
      `INSERT INTO codelist_values (codelist, code, name, position) VALUES (?, ?, ?, ?)
       ON CONFLICT (codelist, code) DO UPDATE SET name = excluded.name, position = excluded.position`,
    );
    files.codelists.forEach((c, i) => {
      codelist.run(c.code, json(c.name), json(c.description), c.open ? 1 : 0, i);
      c.values.forEach((v, j) => value.run(c.code, v.code, json(v.name), j));
    });

    const group = db.prepare(
      `INSERT INTO target_groups (code, name, description, is_focus, dimension, dimension_value, position) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, description = excluded.description, is_focus = excluded.is_focus,
         dimension = excluded.dimension, dimension_value = excluded.dimension_value, position = excluded.position`,
    );
    files.targetGroups.forEach((g, i) =>
      group.run(g.code, json(g.name), json(g.description), g.focus ? 1 : 0, g.dimension?.code ?? null, g.dimension?.value ?? null, i),
    );

    const framework = db.prepare(
      `INSERT INTO frameworks (code, name, description, publisher, scoring, position) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, description = excluded.description,
         publisher = excluded.publisher, scoring = excluded.scoring, position = excluded.position`,
    );
    const frameworkGroup = db.prepare(
      `INSERT INTO framework_groups (framework, code, name, position) VALUES (?, ?, ?, ?)
       ON CONFLICT (framework, code) DO UPDATE SET name = excluded.name, position = excluded.position`,
    );
    const item = db.prepare(
      `INSERT INTO framework_items (code, framework, group_code, name, sdgs, needs_check, position) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET framework = excluded.framework, group_code = excluded.group_code, name = excluded.name,
         sdgs = excluded.sdgs, needs_check = excluded.needs_check, position = excluded.position`,
    );
    files.frameworks.forEach((f, i) => {
      framework.run(f.code, json(f.name), json(f.description), json(f.publisher), f.scoring, i);
      f.groups.forEach((g, j) => frameworkGroup.run(f.code, g.code, json(g.name), j));
      f.items.forEach((it, j) => item.run(it.code, f.code, it.group, json(it.name), json(it.sdgs), it.check ? 1 : 0, j));
    });

    const indicator = db.prepare(
      `INSERT INTO indicators (code, domain, unit, direction, dimensions, name, definition, position, counts_people)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET domain = excluded.domain, unit = excluded.unit, direction = excluded.direction,
         dimensions = excluded.dimensions, name = excluded.name, definition = excluded.definition, position = excluded.position,
         counts_people = excluded.counts_people`,
    );
    const clearLinks = db.prepare('DELETE FROM indicator_frameworks WHERE indicator = ?');
    const link = db.prepare('INSERT INTO indicator_frameworks (indicator, item) VALUES (?, ?)');
    files.indicators.forEach((ind, i) => {
      indicator.run(ind.code, ind.domain, ind.unit, ind.direction, json(ind.dimensions), json(ind.name), json(ind.definition), i, ind.people === false ? 0 : 1);
      clearLinks.run(ind.code);
      for (const it of new Set(ind.frameworks)) link.run(ind.code, it);
    });

    const section = db.prepare(
      `INSERT INTO profile_sections (code, parent, name, description, position) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET parent = excluded.parent, name = excluded.name,
         description = excluded.description, position = excluded.position`,
    );
    files.profileSections.forEach((s, i) => {
      section.run(s.code, null, json(s.name), json(s.description), i);
      s.subsections.forEach((sub, j) => section.run(`${s.code}/${sub.code}`, s.code, json(sub.name), null, j));
    });

    const country = db.prepare('INSERT OR IGNORE INTO countries (code) VALUES (?)');
    for (const code of files.countries) country.run(code);

    writeSetting(db, catalogueVersionKey, String(files.manifest.version));
  })();
  return true;
}
