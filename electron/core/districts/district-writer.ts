import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { District, DistrictDraft } from '../../../shared/domain/district';
import type { OwnCity } from '../city/own-city';
import { FocalError } from '../errors';
import { listDistricts } from './district-queries';
import { validateDistricts } from './district-validator';

/**
 * The one writer of districts (docs/data-model.md): only the own city's, each change raising the
 * revision, a removal leaving a tombstone that can travel, a district added again under the same
 * code continuing from its tombstone's revision.
 */

const Stored = z.object({ name: z.string(), deleted: z.number() });

function readStored(db: Database, city: OwnCity, code: string): z.infer<typeof Stored> | null {
  return Stored.optional().parse(db.prepare('SELECT name, deleted FROM districts WHERE city = ? AND code = ?').get(city.code, code)) ?? null;
}

function figuresIn(db: Database, city: OwnCity, code: string): number {
  return z.number().parse(db.prepare('SELECT count(*) FROM observations WHERE city = ? AND area = ?').pluck().get(city.code, code));
}

/** Adds a district or renames one (its code is its identity and never changes); answers it as stored. */
export function saveDistrict(db: Database, city: OwnCity, now: Date, draft: DistrictDraft): District {
  const [saved] = saveDistricts(db, city, now, [draft]);
  if (!saved) throw new Error(`The district ${draft.code} was not saved.`);
  return saved;
}

/**
 * Adds or renames several districts at once (a city's list set up from a script or the sample's
 * data), all checked before any is written; answers them as stored, in the order given.
 */
export function saveDistricts(db: Database, city: OwnCity, now: Date, drafts: readonly DistrictDraft[]): District[] {
  const names = validateDistricts(db, city, drafts);
  const insert = db.prepare(
    `INSERT INTO districts (city, code, name, position, revision, updated_at, deleted) VALUES (@city, @code, @name, @position, 1, @now, 0)
     ON CONFLICT (city, code) DO UPDATE SET name = excluded.name, revision = districts.revision + 1, updated_at = excluded.updated_at, deleted = 0,
       position = CASE WHEN districts.deleted = 1 THEN excluded.position ELSE districts.position END`,
  );
  let position = z.number().parse(db.prepare('SELECT coalesce(max(position), 0) FROM districts WHERE city = ?').pluck().get(city.code));
  drafts.forEach((draft, i) => {
    const name = JSON.stringify(names[i]);
    const stored = readStored(db, city, draft.code);
    // Writing the same names again changes nothing, revision included.
    if (stored !== null && stored.deleted === 0 && stored.name === name) return;
    position += 1;
    insert.run({ city: city.code, code: draft.code, name, position, now: now.getTime() });
  });
  const byCode = new Map(listDistricts(db, city.code).map((d) => [d.code, d]));
  return drafts.map((draft) => {
    const saved = byCode.get(draft.code);
    if (!saved) throw new Error(`The district ${draft.code} was not saved.`);
    return saved;
  });
}

/** Removes a district (a tombstone), refusing while figures are broken down by it. */
export function deleteDistrict(db: Database, city: OwnCity, now: Date, code: string): void {
  const stored = readStored(db, city, code);
  if (!stored || stored.deleted === 1) throw new FocalError('not_found', `${code} is not one of your city's districts.`);
  const n = figuresIn(db, city, code);
  if (n > 0) throw new FocalError('conflict', `${n} figures are given for the district ${code}; delete them first.`, [{ path: 'code', message: `${n} figures use ${code}.`, problem: { code: 'district_in_use', params: { district: code, count: n } } }]);
  db.prepare('UPDATE districts SET deleted = 1, revision = revision + 1, updated_at = ? WHERE city = ? AND code = ?').run(now.getTime(), city.code, code);
}
