import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { OwnCity } from '../city/own-city';
import { readSetting, writeSetting } from '../settings/settings-queries';

/** The exchange programme runs 36 months (domain.md §1): the timeline spans them. */
export const programmeMonths = 36;
const key = 'programme_start';

export interface ProgrammeWindow {
  start: string;
  months: number;
  /** Whether the focal point set the start, or it is the default below. */
  chosen: boolean;
}

/**
 * The programme's window: the month the focal point set (kept as the first of that month), else
 * January of the year the city's plan starts (its earliest start or due date), else of this year.
 */
export function readProgrammeWindow(db: Database, city: string, now: Date): ProgrammeWindow {
  const chosen = readSetting(db, key);
  if (chosen !== null) return { start: chosen, months: programmeMonths, chosen: true };
  const first = z
    .string()
    .nullable()
    .parse(db.prepare('SELECT min(coalesce(start, due)) FROM commitments WHERE city = ? AND deleted = 0').pluck().get(city));
  const year = first === null ? now.getFullYear() : Number(first.slice(0, 4));
  return { start: `${year}-01-01`, months: programmeMonths, chosen: false };
}

export function setProgrammeStart(db: Database, city: OwnCity, now: Date, start: string): ProgrammeWindow {
  writeSetting(db, key, `${start.slice(0, 7)}-01`);
  return readProgrammeWindow(db, city.code, now);
}
