import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { AdviceActKind, AdviceItemKind, AdviceKind, AdviceLanguage, AdviceTexts } from '../../../shared/domain/advice';
import { RecordUid } from '../../../shared/domain/commitment';

/**
 * The rows of the four advice tables as the store holds them, parsed once here: what the queries
 * build on, what the writers compare with, and what a received bundle must read back (a peer's
 * record Focal cannot read is refused: travelling-kinds.ts). Live rows only unless said.
 */

const json = <T extends z.ZodType>(schema: T) => z.string().transform((text) => schema.parse(JSON.parse(text)));
const flag = z.number().int().transform((n) => n === 1);

export const AdviceRow = z.object({
  city: z.string(),
  uid: RecordUid,
  to_city: z.string(),
  request_uid: RecordUid.nullable(),
  item_kind: AdviceItemKind,
  item_id: z.string(),
  item_version: z.string(),
  item_text: z.string(),
  domains: json(z.array(z.string())),
  kind: AdviceKind,
  original: AdviceLanguage,
  texts: json(AdviceTexts),
  quote: z.string(),
  reference: z.string(),
  author: z.string(),
  ready: flag,
  sent_at: z.number().int().nullable(),
  revision: z.number().int(),
  updated_at: z.number().int(),
  deleted: flag,
});
export type AdviceRow = z.infer<typeof AdviceRow>;

export const AdviceReplyRow = z.object({
  city: z.string(),
  uid: RecordUid,
  advice_city: z.string(),
  advice_uid: z.string(),
  to_city: z.string(),
  act: AdviceActKind,
  original: AdviceLanguage,
  texts: json(AdviceTexts),
  author: z.string(),
  made_at: z.number().int(),
  sent_at: z.number().int().nullable(),
  revision: z.number().int(),
  updated_at: z.number().int(),
});
export type AdviceReplyRow = z.infer<typeof AdviceReplyRow>;

export const AdviceRequestRow = z.object({
  city: z.string(),
  uid: RecordUid,
  to_city: z.string().nullable(),
  item_kind: AdviceItemKind,
  item_id: z.string(),
  original: AdviceLanguage,
  texts: json(AdviceTexts),
  author: z.string(),
  sent_at: z.number().int().nullable(),
  revision: z.number().int(),
  updated_at: z.number().int(),
  deleted: flag,
});
export type AdviceRequestRow = z.infer<typeof AdviceRequestRow>;

export const AdviceOutcomeRow = z.object({
  city: z.string(),
  advice_city: z.string(),
  advice_uid: z.string(),
  original: AdviceLanguage,
  texts: json(AdviceTexts),
  commitments: json(z.array(RecordUid)),
  revision: z.number().int(),
  updated_at: z.number().int(),
  deleted: flag,
});
export type AdviceOutcomeRow = z.infer<typeof AdviceOutcomeRow>;

/** Advice written by `city` (the adviser's records), live ones, oldest first. */
export function adviceRowsOf(db: Database, city: string): AdviceRow[] {
  return z.array(AdviceRow).parse(db.prepare('SELECT * FROM advice WHERE city = ? AND deleted = 0 ORDER BY updated_at, uid').all(city));
}

/** Live advice about `city`'s items, written by any other city. */
export function adviceRowsTo(db: Database, city: string): AdviceRow[] {
  return z.array(AdviceRow).parse(db.prepare('SELECT * FROM advice WHERE to_city = ? AND city <> ? AND deleted = 0 ORDER BY updated_at, uid').all(city, city));
}

/** One advice, tombstone included (the writer's view). */
export function storedAdvice(db: Database, city: string, uid: string): AdviceRow | null {
  const row: unknown = db.prepare('SELECT * FROM advice WHERE city = ? AND uid = ?').get(city, uid);
  return row === undefined ? null : AdviceRow.parse(row);
}

/** The live acts on one advice, from either side, in the order made. */
export function replyRowsOn(db: Database, adviceCity: string, adviceUid: string): AdviceReplyRow[] {
  return z
    .array(AdviceReplyRow)
    .parse(db.prepare('SELECT city, uid, advice_city, advice_uid, to_city, act, original, texts, author, made_at, sent_at, revision, updated_at FROM advice_replies WHERE advice_city = ? AND advice_uid = ? AND deleted = 0 ORDER BY made_at, uid').all(adviceCity, adviceUid));
}

export function replyRowsOf(db: Database, city: string): AdviceReplyRow[] {
  return z.array(AdviceReplyRow).parse(db.prepare('SELECT city, uid, advice_city, advice_uid, to_city, act, original, texts, author, made_at, sent_at, revision, updated_at FROM advice_replies WHERE city = ? AND deleted = 0').all(city));
}

export function requestRowsOf(db: Database, city: string): AdviceRequestRow[] {
  return z.array(AdviceRequestRow).parse(db.prepare('SELECT city, uid, to_city, item_kind, item_id, original, texts, author, sent_at, revision, updated_at, deleted FROM advice_requests WHERE city = ? AND deleted = 0 ORDER BY updated_at DESC, uid').all(city));
}

/** Live requests of peers addressed to `city` or to the whole network. */
export function requestRowsTo(db: Database, city: string): AdviceRequestRow[] {
  return z
    .array(AdviceRequestRow)
    .parse(
      db
        .prepare('SELECT city, uid, to_city, item_kind, item_id, original, texts, author, sent_at, revision, updated_at, deleted FROM advice_requests WHERE city <> ? AND (to_city IS NULL OR to_city = ?) AND deleted = 0 ORDER BY updated_at DESC, uid')
        .all(city, city),
    );
}

export function storedRequest(db: Database, city: string, uid: string): AdviceRequestRow | null {
  const row: unknown = db.prepare('SELECT city, uid, to_city, item_kind, item_id, original, texts, author, sent_at, revision, updated_at, deleted FROM advice_requests WHERE city = ? AND uid = ?').get(city, uid);
  return row === undefined ? null : AdviceRequestRow.parse(row);
}

/** The owner's learning record on one advice, tombstone included. */
export function storedOutcome(db: Database, ownerCity: string, adviceCity: string, adviceUid: string): AdviceOutcomeRow | null {
  const row: unknown = db.prepare('SELECT city, advice_city, advice_uid, original, texts, commitments, revision, updated_at, deleted FROM advice_outcomes WHERE city = ? AND advice_city = ? AND advice_uid = ?').get(ownerCity, adviceCity, adviceUid);
  return row === undefined ? null : AdviceOutcomeRow.parse(row);
}

export function outcomeRowsOf(db: Database, city: string): AdviceOutcomeRow[] {
  return z.array(AdviceOutcomeRow).parse(db.prepare('SELECT city, advice_city, advice_uid, original, texts, commitments, revision, updated_at, deleted FROM advice_outcomes WHERE city = ? AND deleted = 0').all(city));
}
