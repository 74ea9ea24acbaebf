import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { Dimension, type Indicator } from '../../../shared/domain/catalogue';
import type { CustomIndicator } from '../../../shared/domain/custom-indicator';
import type { Labels } from '../../../shared/domain/labels';
import { FocalError } from '../errors';
import { searchIndicators } from './catalogue-queries';

/** Every language gets a text: a missing one shows the first given until it is translated. */
function complete(texts: { en: string; fr: string; ar: string }, fallback: string): Labels {
  const first = texts.en || texts.fr || texts.ar || fallback;
  return { en: texts.en || first, fr: texts.fr || first, ar: texts.ar || first };
}

/** Adds or changes one of the city's own indicators; answers it as the catalogue lists it. */
export function saveCustomIndicator(db: Database, city: string, input: CustomIndicator): Indicator {
  if (db.prepare('SELECT 1 FROM policy_domains WHERE code = ?').get(input.domain) === undefined) {
    throw new FocalError('invalid_input', `There is no domain "${input.domain}".`, [{ path: 'domain', message: 'Choose a domain.' }]);
  }
  const code = `${city}.${input.code}`;
  const name = complete(input.name, input.code);
  const definition = complete(input.definition, '');
  const owner = z.object({ city: z.string().nullable() }).optional().parse(db.prepare('SELECT city FROM indicators WHERE code = ?').get(code));
  if (owner && owner.city !== city) throw new FocalError('conflict', `The code ${code} is already used.`);
  if (owner) refuseChangesUnderData(db, code, input);
  const { position } = z.object({ position: z.number() }).parse(db.prepare('SELECT coalesce(max(position), 0) + 1 AS position FROM indicators').get());
  db.prepare(
    `INSERT INTO indicators (code, city, domain, unit, direction, dimensions, name, definition, position, counts_people)
     VALUES (@code, @city, @domain, @unit, @direction, @dimensions, @name, @definition, @position, 1)
     ON CONFLICT (code) DO UPDATE SET domain = excluded.domain, unit = excluded.unit, direction = excluded.direction,
       dimensions = excluded.dimensions, name = excluded.name, definition = excluded.definition`,
  ).run({
    code,
    city,
    domain: input.domain,
    unit: input.unit,
    direction: input.direction,
    dimensions: JSON.stringify([...new Set(input.dimensions)]),
    name: JSON.stringify(name),
    definition: JSON.stringify(definition.en === '' ? name : definition),
    position,
  });
  const saved = searchIndicators(db, {}).find((i) => i.code === code);
  if (!saved) throw new Error(`The indicator ${code} was not saved.`);
  return saved;
}

/** Removes one of the city's own indicators, refusing while figures still use it. */
export function deleteCustomIndicator(db: Database, city: string, code: string): void {
  const owner = z.object({ city: z.string().nullable() }).optional().parse(db.prepare('SELECT city FROM indicators WHERE code = ?').get(code));
  if (!owner || owner.city !== city) throw new FocalError('not_found', `${code} is not one of your city's own indicators.`);
  const { n } = z.object({ n: z.number() }).parse(db.prepare('SELECT count(*) AS n FROM observations WHERE indicator = ?').get(code));
  if (n > 0) throw new FocalError('conflict', `${n} figures use ${code}; delete them first.`);
  db.prepare('DELETE FROM indicators WHERE code = ?').run(code);
}

/**
 * Stored figures were checked against the indicator's unit and breakdowns: changing the unit, or
 * taking away a breakdown they use, would leave them breaking the rules they were saved under.
 */
function refuseChangesUnderData(db: Database, code: string, input: CustomIndicator): void {
  const current = z.object({ unit: z.string(), dimensions: z.string() }).parse(db.prepare('SELECT unit, dimensions FROM indicators WHERE code = ?').get(code));
  const { n } = z.object({ n: z.number() }).parse(db.prepare('SELECT count(*) AS n FROM observations WHERE indicator = ?').get(code));
  if (n === 0) return;
  if (current.unit !== input.unit) throw new FocalError('conflict', `${n} figures of ${code} are in its current unit; delete them before changing the unit.`);
  const kept = new Set(input.dimensions);
  // Dimension names come from the enum, so they are safe to name a column.
  for (const dimension of z.array(Dimension).parse(JSON.parse(current.dimensions))) {
    if (kept.has(dimension)) continue;
    const used = db.prepare(`SELECT 1 FROM observations WHERE indicator = ? AND ${dimension} <> '' LIMIT 1`).get(code);
    if (used) throw new FocalError('conflict', `Figures of ${code} are broken down by ${dimension}; delete them before removing that breakdown.`);
  }
}
