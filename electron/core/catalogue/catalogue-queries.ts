import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import {
  Dimension,
  Direction,
  Unit,
  type CatalogueOverview,
  type Codelist,
  type Framework,
  type Indicator,
  type IndicatorQuery,
  type ProfileSection,
} from '../../../shared/domain/catalogue';
import { codesColumn, labelsColumn } from '../store/json-columns';
import { foldForSearch } from '../../../shared/domain/search-text';
import { installedCatalogueVersion } from './install-catalogue';

const labels = labelsColumn;
const codes = codesColumn;

function rows<T extends z.ZodType>(db: Database, sql: string, schema: T, ...params: unknown[]): z.output<T>[] {
  return z.array(schema).parse(db.prepare(sql).all(...params));
}

const DomainRow = z.object({ code: z.string(), name: labels, description: labels, is_context: z.number() });
const CodelistRow = z.object({ code: Dimension, name: labels, description: labels, is_open: z.number() });
const ValueRow = z.object({ codelist: z.string(), code: z.string(), name: labels });
const GroupRow = z.object({
  code: z.string(),
  name: labels,
  description: labels,
  is_focus: z.number(),
  dimension: Dimension.nullable(),
  dimension_value: z.string().nullable(),
});
const FrameworkRow = z.object({ code: z.string(), name: labels, description: labels, publisher: labels, scoring: z.enum(['absent-partial-complete', 'tag']) });
const FrameworkGroupRow = z.object({ framework: z.string(), code: z.string(), name: labels });
const ItemRow = z.object({ framework: z.string(), code: z.string(), group_code: z.string().nullable(), name: labels, sdgs: codes(z.string()), needs_check: z.number() });
const SectionRow = z.object({ code: z.string(), parent: z.string().nullable(), name: labels, description: labels.nullable() });
const IndicatorRow = z.object({
  code: z.string(),
  domain: z.string(),
  unit: Unit,
  direction: Direction,
  dimensions: codes(Dimension),
  name: labels,
  definition: labels,
  frameworks: z.string().nullable(),
  counts_people: z.number(),
});

/** The catalogue minus indicators, in display order. */
export function readCatalogueOverview(db: Database): CatalogueOverview {
  const values = rows(db, 'SELECT codelist, code, name FROM codelist_values ORDER BY codelist, position', ValueRow);
  const codelists: Codelist[] = rows(db, 'SELECT code, name, description, is_open FROM codelists ORDER BY position', CodelistRow).map((c) => ({
    code: c.code,
    name: c.name,
    description: c.description,
    open: c.is_open === 1,
    values: values.filter((v) => v.codelist === c.code).map((v) => ({ code: v.code, name: v.name })),
  }));

  const groups = rows(db, 'SELECT framework, code, name FROM framework_groups ORDER BY framework, position', FrameworkGroupRow);
  const items = rows(db, 'SELECT framework, code, group_code, name, sdgs, needs_check FROM framework_items ORDER BY framework, position', ItemRow);
  const frameworks: Framework[] = rows(db, 'SELECT code, name, description, publisher, scoring FROM frameworks ORDER BY position', FrameworkRow).map((f) => ({
    ...f,
    groups: groups.filter((g) => g.framework === f.code).map((g) => ({ code: g.code, name: g.name })),
    items: items
      .filter((it) => it.framework === f.code)
      .map((it) => ({ code: it.code, group: it.group_code, name: it.name, sdgs: it.sdgs, check: it.needs_check === 1 })),
  }));

  const sections = rows(db, 'SELECT code, parent, name, description FROM profile_sections ORDER BY position', SectionRow);
  const profileSections: ProfileSection[] = sections
    .filter((s) => s.parent === null)
    .map((s) => ({
      code: s.code,
      name: s.name,
      description: s.description ?? s.name,
      subsections: sections.filter((sub) => sub.parent === s.code).map((sub) => ({ code: sub.code.slice(s.code.length + 1), name: sub.name })),
    }));

  return {
    version: installedCatalogueVersion(db),
    domains: rows(db, 'SELECT code, name, description, is_context FROM policy_domains ORDER BY position', DomainRow).map((d) => ({
      code: d.code,
      name: d.name,
      description: d.description,
      context: d.is_context === 1,
    })),
    codelists,
    targetGroups: rows(
      db,
      'SELECT code, name, description, is_focus, dimension, dimension_value FROM target_groups ORDER BY position',
      GroupRow,
    ).map((g) => ({
      code: g.code,
      name: g.name,
      description: g.description,
      focus: g.is_focus === 1,
      dimension: g.dimension !== null && g.dimension_value !== null ? { code: g.dimension, value: g.dimension_value } : null,
    })),
    frameworks,
    profileSections,
    countries: z.array(z.object({ code: z.string() })).parse(db.prepare('SELECT code FROM countries ORDER BY code').all()).map((c) => c.code),
    // `indicators` is the built-in catalogue alone (the cities' own live in `city_indicators`).
    indicatorsByDomain: Object.fromEntries(
      rows(db, 'SELECT domain, count(*) AS n FROM indicators GROUP BY domain', z.object({ domain: z.string(), n: z.number().int() })).map((r) => [r.domain, r.n]),
    ),
  };
}

/**
 * How well an indicator matches the words: 2 when every word is in its code or name (in any
 * language), 1 when some are found only in the definition, 0 when a word is missing.
 */
function textScore(indicator: Indicator, words: string[]): number {
  const titles = foldForSearch([indicator.code, ...Object.values(indicator.name)].join(' \u0000 '));
  const everything = `${titles} ${foldForSearch(Object.values(indicator.definition).join(' \u0000 '))}`;
  if (words.every((word) => titles.includes(word))) return 2;
  return words.every((word) => everything.includes(word)) ? 1 : 0;
}

/**
 * Indicators filtered by domain, framework and free text (every word must match), in catalogue
 * order, except that name matches come before matches found only in definitions.
 */
export function searchIndicators(db: Database, query: IndicatorQuery, scope: string | null): Indicator[] {
  // Before any city is set up there is only the catalogue; afterwards, what the city's figures may use.
  const sql =
    scope === null
      ? `SELECT i.code, i.domain, i.unit, i.direction, i.dimensions, i.name, i.definition, i.counts_people,
                (SELECT json_group_array(item) FROM (SELECT item FROM indicator_frameworks f WHERE f.indicator = i.code ORDER BY item)) AS frameworks
           FROM indicators i JOIN policy_domains d ON d.code = i.domain
          ORDER BY d.position, i.position`
      : `SELECT i.code, i.domain, i.unit, i.direction, i.dimensions, i.name, i.definition, i.counts_people, i.frameworks
           FROM indicator_scope i LEFT JOIN policy_domains d ON d.code = i.domain
          WHERE i.scope = @scope
          ORDER BY d.position, i.tier, i.position`;
  const all = rows(db, sql, IndicatorRow, ...(scope === null ? [] : [{ scope }])).map(
    (row): Indicator => ({
      code: row.code,
      domain: row.domain,
      unit: row.unit,
      direction: row.direction,
      dimensions: row.dimensions,
      frameworks: row.frameworks === null ? [] : z.array(z.string()).parse(JSON.parse(row.frameworks)),
      name: row.name,
      definition: row.definition,
      // As in the catalogue file: only counts of things say so; people is the default.
      ...(row.counts_people === 0 ? { people: false } : {}),
    }),
  );
  const words = query.text ? foldForSearch(query.text).split(' ').filter(Boolean) : [];
  const framework = query.framework;
  const filtered = all.filter(
    (indicator) =>
      (!query.domain || indicator.domain === query.domain) &&
      (!framework || indicator.frameworks.some((item) => item === framework || item.startsWith(`${framework}.`))),
  );
  if (words.length === 0) return filtered;
  // Matches in the name come first; within each rank the catalogue order is kept (sort is stable).
  return filtered
    .map((indicator) => ({ indicator, score: textScore(indicator, words) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((entry) => entry.indicator);
}
