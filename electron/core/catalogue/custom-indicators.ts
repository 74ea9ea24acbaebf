import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { Dimension, type Indicator } from '../../../shared/domain/catalogue';
import type { CustomIndicator } from '../../../shared/domain/custom-indicator';
import type { Labels } from '../../../shared/domain/labels';
import type { OwnCity } from '../city/own-city';
import { FocalError } from '../errors';
import { searchIndicators } from './catalogue-queries';

/**
 * The own city's indicators, beside the catalogue's (docs/data-model.md): identified everywhere by
 * their code, which carries the city's code (`tunis.LOCAL_DESKS`) so it never clashes with the
 * catalogue or a peer. Each change raises the revision; a deletion is a tombstone that can travel.
 */

/** Every language gets a text: a missing one shows the first given until it is translated. */
function complete(texts: { en: string; fr: string; ar: string }, fallback: string): Labels {
  const first = texts.en || texts.fr || texts.ar || fallback;
  return { en: texts.en || first, fr: texts.fr || first, ar: texts.ar || first };
}

const Stored = z.object({ unit: z.string(), dimensions: z.string(), deleted: z.number() });

function readStored(db: Database, city: OwnCity, code: string): z.infer<typeof Stored> | null {
  return Stored.optional().parse(db.prepare('SELECT unit, dimensions, deleted FROM city_indicators WHERE city = ? AND code = ?').get(city.code, code)) ?? null;
}

function figuresOf(db: Database, city: OwnCity, code: string): number {
  return z.object({ n: z.number() }).parse(db.prepare('SELECT count(*) AS n FROM observations WHERE city = ? AND indicator = ?').get(city.code, code)).n;
}

/** Adds or changes one of the city's own indicators; answers it as the catalogue lists it. */
export function saveCustomIndicator(db: Database, city: OwnCity, now: Date, input: CustomIndicator): Indicator {
  if (db.prepare('SELECT 1 FROM policy_domains WHERE code = ?').get(input.domain) === undefined) {
    throw new FocalError('invalid_input', `There is no domain "${input.domain}".`, [{ path: 'domain', message: 'Choose a domain.' }]);
  }
  const code = `${city.code}.${input.code}`;
  if (db.prepare('SELECT 1 FROM indicators WHERE code = ?').get(code) !== undefined) throw new FocalError('conflict', `The code ${code} is already used by the catalogue.`);
  const name = complete(input.name, input.code);
  const definition = complete(input.definition, '');
  const stored = readStored(db, city, code);
  if (stored && stored.deleted === 0) refuseChangesUnderData(db, city, code, stored, input);
  const { position } = z
    .object({ position: z.number() })
    .parse(db.prepare('SELECT coalesce(max(position), 0) + 1 AS position FROM city_indicators WHERE city = ?').get(city.code));
  db.prepare(
    `INSERT INTO city_indicators (city, code, domain, unit, direction, dimensions, name, definition, position, counts_people, revision, updated_at, deleted)
     VALUES (@city, @code, @domain, @unit, @direction, @dimensions, @name, @definition, @position, 1, 1, @now, 0)
     ON CONFLICT (city, code) DO UPDATE SET domain = excluded.domain, unit = excluded.unit, direction = excluded.direction,
       dimensions = excluded.dimensions, name = excluded.name, definition = excluded.definition,
       revision = city_indicators.revision + 1, updated_at = excluded.updated_at, deleted = 0`,
  ).run({
    city: city.code,
    code,
    domain: input.domain,
    unit: input.unit,
    direction: input.direction,
    dimensions: JSON.stringify([...new Set(input.dimensions)]),
    name: JSON.stringify(name),
    definition: JSON.stringify(definition.en === '' ? name : definition),
    position,
    now: now.getTime(),
  });
  const saved = searchIndicators(db, {}, city.code).find((i) => i.code === code);
  if (!saved) throw new Error(`The indicator ${code} was not saved.`);
  return saved;
}

/** Removes one of the city's own indicators (a tombstone), refusing while figures still use it. */
export function deleteCustomIndicator(db: Database, city: OwnCity, now: Date, code: string): void {
  const stored = readStored(db, city, code);
  if (!stored || stored.deleted === 1) throw new FocalError('not_found', `${code} is not one of your city's own indicators.`);
  const n = figuresOf(db, city, code);
  if (n > 0) throw new FocalError('conflict', `${n} figures use ${code}; delete them first.`);
  db.prepare('UPDATE city_indicators SET deleted = 1, revision = revision + 1, updated_at = ? WHERE city = ? AND code = ?').run(now.getTime(), city.code, code);
}

/**
 * Stored figures were checked against the indicator's unit and breakdowns: changing the unit, or
 * taking away a breakdown they use, would leave them breaking the rules they were saved under.
 */
function refuseChangesUnderData(db: Database, city: OwnCity, code: string, current: z.infer<typeof Stored>, input: CustomIndicator): void {
  const n = figuresOf(db, city, code);
  if (n === 0) return;
  if (current.unit !== input.unit) throw new FocalError('conflict', `${n} figures of ${code} are in its current unit; delete them before changing the unit.`);
  const kept = new Set(input.dimensions);
  // Dimension names come from the enum, so they are safe to name a column.
  for (const dimension of z.array(Dimension).parse(JSON.parse(current.dimensions))) {
    if (kept.has(dimension)) continue;
    const used = db.prepare(`SELECT 1 FROM observations WHERE city = ? AND indicator = ? AND ${dimension} <> '' LIMIT 1`).get(city.code, code);
    if (used) throw new FocalError('conflict', `Figures of ${code} are broken down by ${dimension}; delete them before removing that breakdown.`);
  }
}
