import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { TableChanges } from '../../../shared/bundle/bundle-import';
import { bundleLimits } from './bundle-limits';
import { BundleRejected } from './bundle-rejected';
import { jsonDepthWithin } from './json-depth';
import { LineReader } from './line-reader';
import type { PeerSpace } from './peer-space';
import type { TravellingKind } from './travelling-kinds';

/** Longest text a travelling column may hold; the longest real ones are narrative sections and papers. */
const maxText = 1_000_000;

const ColumnInfo = z.object({ name: z.string(), type: z.string(), notnull: z.number() });

/**
 * A record as it must arrive, derived from the table itself (the migration declares every column
 * once): the kind's identity and fields with the table's types and nullability, JSON columns as any
 * JSON value, then revision, time and tombstone. Unknown or missing fields refuse the record.
 */
function recordSchema(db: Database, kind: TravellingKind) {
  const columns = new Map(z.array(ColumnInfo).parse(db.prepare(`SELECT name, type, "notnull" FROM pragma_table_info(?)`).all(kind.table)).map((c) => [c.name, c]));
  const json = new Set(kind.json);
  const shape: Record<string, z.ZodType> = {};
  for (const name of [...kind.identity, ...kind.fields]) {
    const column = columns.get(name);
    if (!column) throw new Error(`${kind.table} has no column ${name}`);
    const base: z.ZodType = json.has(name) ? z.json() : column.type === 'INTEGER' ? z.number().int().min(-(2 ** 53) + 1).max(2 ** 53 - 1) : column.type === 'REAL' ? z.number() : z.string().max(maxText);
    shape[name] = column.notnull === 1 ? base : base.nullable();
  }
  shape.revision = z.number().int().min(1).max(2 ** 53 - 1);
  shape.updated_at = z.number().int().min(0).max(2 ** 53 - 1);
  shape.deleted = z.boolean();
  return z.object(shape).strict();
}

/** The app must read what was written: valid JSON of the wrong shape (a target that is a number) is refused here. */
function readBack(db: Database, space: PeerSpace, kind: TravellingKind): void {
  try {
    kind.readBack(db, space.code);
  } catch (error) {
    const detail = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : error instanceof Error ? error.message : String(error);
    throw new BundleRejected('invalid_record', `${kind.name}: a record Focal cannot read (${detail.slice(0, 300)})`);
  }
}

const RecordMeta = z.object({ revision: z.number(), updated_at: z.number(), deleted: z.boolean() });

function stored(value: unknown, isJson: boolean): unknown {
  return isJson ? JSON.stringify(value) : value;
}

/**
 * Applies one kind's records to the sender's space: a record not held is created; a newer revision
 * replaces the held one (a tombstone deletes it); the same revision with the same content is
 * unchanged; the same or an older revision with other content is a conflict, and the held copy stays.
 */
export function applyPeerRecords(db: Database, space: PeerSpace, kind: TravellingKind, read: (onChunk: (chunk: Uint8Array) => void) => void): TableChanges {
  const schema = recordSchema(db, kind);
  const changes: TableChanges = { created: 0, updated: 0, unchanged: 0, conflicts: 0, deleted: 0 };
  const json = new Set(kind.json);
  const written = [...kind.identity, ...kind.fields];
  const where = ['city = @city', ...kind.identity.map((column) => `${column} = @${column}`)].join(' AND ');
  const tombstoneColumn = kind.tombstones ? ', deleted' : '';
  // Column names come from the declaration, never from the bundle.
  const select = db.prepare(`SELECT ${[...written, 'revision', ...(kind.tombstones ? ['deleted'] : [])].join(', ')} FROM ${kind.table} WHERE ${where}`);
  const insert = db.prepare(
    `INSERT INTO ${kind.table} (city, ${written.join(', ')}, revision, updated_at${tombstoneColumn}) VALUES (@city, ${written.map((c) => `@${c}`).join(', ')}, @revision, @updated_at${kind.tombstones ? ', @deleted' : ''})`,
  );
  const update = db.prepare(
    `UPDATE ${kind.table} SET ${[...kind.fields.map((c) => `${c} = @${c}`), 'revision = @revision', 'updated_at = @updated_at', ...(kind.tombstones ? ['deleted = @deleted'] : [])].join(', ')} WHERE ${where}`,
  );

  const lines = new LineReader((line, number) => {
    if (!jsonDepthWithin(line, bundleLimits.maxJsonDepth)) throw new BundleRejected('json_too_large', `${kind.name} line ${number}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new BundleRejected('invalid_record', `${kind.name} line ${number}: not JSON`);
    }
    const record = schema.safeParse(parsed);
    if (!record.success) throw new BundleRejected('invalid_record', `${kind.name} line ${number}: ${record.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const meta = RecordMeta.parse(record.data);
    const values: Record<string, unknown> = { city: space.code };
    for (const column of written) values[column] = stored(record.data[column], json.has(column));
    values.revision = meta.revision;
    values.updated_at = meta.updated_at;
    if (!kind.tombstones && meta.deleted) throw new BundleRejected('invalid_record', `${kind.name} line ${number}: this kind of record is never deleted`);
    if (kind.tombstones) values.deleted = meta.deleted ? 1 : 0;

    const held: unknown = select.get(values);
    if (held === undefined) {
      insert.run(values);
      if (meta.deleted) changes.unchanged += 1;
      else changes.created += 1;
      return;
    }
    const heldRow = z.record(z.string(), z.unknown()).parse(held);
    const heldRevision = z.number().parse(heldRow.revision);
    const same = written.every((column) => heldRow[column] === values[column]) && (!kind.tombstones || heldRow.deleted === values.deleted);
    if (meta.revision > heldRevision) {
      update.run(values);
      if (meta.deleted && heldRow.deleted !== 1) changes.deleted += 1;
      else changes.updated += 1;
    } else if (same) changes.unchanged += 1;
    else changes.conflicts += 1;
  });
  try {
    read((chunk) => lines.push(chunk));
    lines.end();
    readBack(db, space, kind);
  } catch (error) {
    if (error instanceof BundleRejected) throw error;
    // A row the table's own constraints refuse (a CHECK, a JSON column) is a record that does not fit.
    if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_CONSTRAINT')) {
      throw new BundleRejected('invalid_record', `${kind.name}: ${error.message}`);
    }
    throw error;
  }
  return changes;
}
