import type { Database } from 'better-sqlite3';
import { FocalError } from '../errors';
import { readOwnCity } from './city-queries';

/** The code of the city this data folder belongs to; the methods that need one refuse plainly without it. */
export function ownCityCode(db: Database): string {
  const city = readOwnCity(db);
  if (!city) throw new FocalError('not_initialised', 'No city is set up yet. Set up your city first.');
  return city.code;
}
