import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { uiLocales, type UiLocale } from '../../../shared/domain/locales';
import { type Commitment, CommitmentNote, CommitmentStatus, CommitmentTask, CommitmentTexts, IndicatorTarget } from '../../../shared/domain/commitment';

/** Reads commitments of any city's space; the one writer is commitment-writer.ts. */

const jsonOf = <T extends z.ZodType>(schema: T) => z.string().transform((text) => schema.parse(JSON.parse(text)));

const Row = z.object({
  city: z.string(),
  uid: z.string(),
  original: z.enum(uiLocales),
  texts: jsonOf(CommitmentTexts),
  stale: jsonOf(z.array(z.enum(uiLocales))),
  domains: jsonOf(z.array(z.string())),
  target_groups: jsonOf(z.array(z.string())),
  tags: jsonOf(z.array(z.string())),
  owner: z.string(),
  start: z.string().nullable(),
  due: z.string().nullable(),
  status: CommitmentStatus,
  status_reason: z.string(),
  tasks: jsonOf(z.array(CommitmentTask)),
  targets: jsonOf(z.array(IndicatorTarget)),
  notes: jsonOf(z.array(CommitmentNote)),
  revision: z.number().int(),
  updated_at: z.number().int(),
});

const columns = 'city, uid, original, texts, stale, domains, target_groups, tags, owner, start, due, status, status_reason, tasks, targets, notes, revision, updated_at';

function toCommitment(row: unknown): Commitment {
  const r = Row.parse(row);
  return {
    city: r.city,
    uid: r.uid,
    original: r.original,
    texts: r.texts,
    needsTranslation: uiLocales.filter((locale) => locale !== r.original && (r.texts[locale].title === '' || r.stale.includes(locale))),
    domains: r.domains,
    targetGroups: r.target_groups,
    tags: r.tags,
    owner: r.owner,
    start: r.start,
    due: r.due,
    status: r.status,
    statusReason: r.status_reason,
    tasks: r.tasks,
    targets: r.targets,
    notes: r.notes,
    revision: r.revision,
    updatedAt: r.updated_at,
  };
}

/** The live commitments of a city, soonest due first (undated ones last), then by title. */
export function listCommitments(db: Database, city: string): Commitment[] {
  const rows = db.prepare(`SELECT ${columns} FROM commitments WHERE city = ? AND deleted = 0 ORDER BY due IS NULL, due, updated_at`).all(city);
  return rows.map(toCommitment);
}

/** One live commitment, or null. */
export function findCommitment(db: Database, city: string, uid: string): Commitment | null {
  const row = db.prepare(`SELECT ${columns} FROM commitments WHERE city = ? AND uid = ? AND deleted = 0`).get(city, uid);
  return row === undefined ? null : toCommitment(row);
}

const text = z.string();
const StoredRow = z.object({
  original: text,
  texts: text,
  stale: text,
  domains: text,
  target_groups: text,
  tags: text,
  owner: text,
  start: text.nullable(),
  due: text.nullable(),
  status: CommitmentStatus,
  status_reason: text,
  tasks: text,
  targets: text,
  notes: text,
  revision: z.number().int(),
  deleted: z.number().int(),
});
/** A commitment's content as its columns hold it: what the writer writes and compares. */
export type ContentColumns = Omit<z.infer<typeof StoredRow>, 'revision' | 'deleted'>;

export const contentColumnNames: readonly (keyof ContentColumns)[] = ['original', 'texts', 'stale', 'domains', 'target_groups', 'tags', 'owner', 'start', 'due', 'status', 'status_reason', 'tasks', 'targets', 'notes'];

/** What the writer compares a change with: the stored row, tombstones included. */
export interface StoredCommitment {
  columns: ContentColumns;
  texts: CommitmentTexts;
  stale: readonly UiLocale[];
  revision: number;
  deleted: boolean;
}

export function readStoredCommitment(db: Database, city: string, uid: string): StoredCommitment | null {
  const raw = db
    .prepare('SELECT original, texts, stale, domains, target_groups, tags, owner, start, due, status, status_reason, tasks, targets, notes, revision, deleted FROM commitments WHERE city = ? AND uid = ?')
    .get(city, uid);
  if (raw === undefined) return null;
  const { revision, deleted, ...columns } = StoredRow.parse(raw);
  const parsed = Row.pick({ texts: true, stale: true }).parse(raw);
  return { columns, texts: parsed.texts, stale: parsed.stale, revision, deleted: deleted === 1 };
}
