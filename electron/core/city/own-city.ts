import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { FocalError } from '../errors';
import { readOwnCity } from './city-queries';

/**
 * The own city's space: the only one any writer may change (docs/data-model.md). Writers take an
 * `OwnCity`, and the only way to get one is to read the city marked as this installation's own, so
 * no code path can hand a writer a peer's code.
 */
export class OwnCity {
  private constructor(readonly code: string) {}

  /** The own city; the methods that need one refuse plainly without it. */
  static of(db: Database): OwnCity {
    const city = readOwnCity(db);
    if (!city) throw new FocalError('not_initialised', 'No city is set up yet. Set up your city first.');
    return new OwnCity(city.code);
  }
}

/** The code of the city this data folder belongs to. */
export function ownCityCode(db: Database): string {
  return OwnCity.of(db).code;
}

/**
 * The city a read looks at: the one asked for (the own city or a peer whose bundles arrived), or
 * the own city when none is named. Reads never write, so any known city may be read.
 */
export function readScope(db: Database, city: string | undefined): string {
  if (city === undefined) return ownCityCode(db);
  const known = z.object({ code: z.string() }).optional().parse(db.prepare('SELECT code FROM cities WHERE code = ?').get(city));
  if (!known) throw new FocalError('not_found', `There is no city "${city}" in this data folder.`);
  return known.code;
}
