import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { type Activity, ActivityKind, FollowUp, ParticipantCount } from '../../../shared/domain/activity';
import { workingLanguages } from '../../../shared/domain/locales';

/** Reads activities of any city's space; the one writer is activity-writer.ts. */

const jsonOf = <T extends z.ZodType>(schema: T) => z.string().transform((text) => schema.parse(JSON.parse(text)));

const Row = z.object({
  city: z.string(),
  uid: z.string(),
  kind: ActivityKind,
  title: z.string(),
  language: z.enum(workingLanguages),
  date: z.string(),
  end_date: z.string().nullable(),
  place: z.string(),
  host: z.string(),
  cities: jsonOf(z.array(z.string())),
  participants: jsonOf(z.array(ParticipantCount)),
  outputs: z.string(),
  follow_ups: jsonOf(z.array(FollowUp)),
  revision: z.number().int(),
  updated_at: z.number().int(),
});

const columns = 'city, uid, kind, title, language, date, end_date, place, host, cities, participants, outputs, follow_ups, revision, updated_at';

function toActivity(row: unknown): Activity {
  const r = Row.parse(row);
  return {
    city: r.city,
    uid: r.uid,
    kind: r.kind,
    title: r.title,
    language: r.language,
    date: r.date,
    endDate: r.end_date,
    place: r.place,
    host: r.host,
    cities: r.cities,
    participants: r.participants,
    outputs: r.outputs,
    followUps: r.follow_ups,
    revision: r.revision,
    updatedAt: r.updated_at,
  };
}

/** The live activities of a city, newest first. */
export function listActivities(db: Database, city: string): Activity[] {
  return db.prepare(`SELECT ${columns} FROM activities WHERE city = ? AND deleted = 0 ORDER BY date DESC, updated_at DESC`).all(city).map(toActivity);
}

/** One live activity, or null. */
export function findActivity(db: Database, city: string, uid: string): Activity | null {
  const row = db.prepare(`SELECT ${columns} FROM activities WHERE city = ? AND uid = ? AND deleted = 0`).get(city, uid);
  return row === undefined ? null : toActivity(row);
}

const StoredRow = z.object({
  kind: z.string(),
  title: z.string(),
  language: z.string(),
  date: z.string(),
  end_date: z.string().nullable(),
  place: z.string(),
  host: z.string(),
  cities: z.string(),
  participants: z.string(),
  outputs: z.string(),
  follow_ups: z.string(),
  revision: z.number().int(),
  deleted: z.number().int(),
});
/** An activity's content as its columns hold it: what the writer writes and compares. */
export type ActivityColumns = Omit<z.infer<typeof StoredRow>, 'revision' | 'deleted'>;

export const activityColumnNames: readonly (keyof ActivityColumns)[] = ['kind', 'title', 'language', 'date', 'end_date', 'place', 'host', 'cities', 'participants', 'outputs', 'follow_ups'];

/** What the writer compares a change with: the stored row, tombstones included. */
export interface StoredActivity {
  columns: ActivityColumns;
  revision: number;
  deleted: boolean;
}

export function readStoredActivity(db: Database, city: string, uid: string): StoredActivity | null {
  const raw = db.prepare(`SELECT ${activityColumnNames.join(', ')}, revision, deleted FROM activities WHERE city = ? AND uid = ?`).get(city, uid);
  if (raw === undefined) return null;
  const { revision, deleted, ...stored } = StoredRow.parse(raw);
  return { columns: stored, revision, deleted: deleted === 1 };
}

/** Whether the city holds a commitment under this id, removed or not (a follow-up may point at it). */
export function commitmentExists(db: Database, city: string, uid: string): boolean {
  return db.prepare('SELECT 1 FROM commitments WHERE city = ? AND uid = ?').get(city, uid) !== undefined;
}
