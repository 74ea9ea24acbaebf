import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { TableChanges } from '../../../shared/bundle/bundle-import';
import { observationKeyFields, type ObservationKey } from '../../../shared/domain/observation-record';
import { CodeRecognizer } from '../observations/import/code-recognizer';
import { keyCondition } from '../observations/store/observation-columns';
import { refreshCoverage } from '../observations/store/observation-writer';
import { deletionColumns } from './bundle-observations';
import { readCsv, wholeNumber, type Read } from './bundle-csv';
import { peerSourceIds, readPeerFigures } from './peer-figures';
import { PeerObservationStage, type StagedFigure } from './peer-observation-stage';
import type { PeerSpace } from './peer-space';

/**
 * Where a bundle's figures come from: read and checked on this thread (`figuresHere`), or on one
 * beside it while this one writes (figures-on-thread.ts). Hands each figure over, then answers the
 * records read and how many arrived suppressed.
 */
export type PeerFigures = (onFigure: (line: number, figure: StagedFigure) => void) => { rows: number; suppressed: number };

/** The figures read on the import's own thread. */
export function figuresHere(db: Database, space: PeerSpace, read: Read, onRows: (rows: number) => void): PeerFigures {
  return (onFigure) => readPeerFigures(read, CodeRecognizer.of(db, space.code), peerSourceIds(db, space), onFigure, onRows);
}

const HeldRow = z.object({ revision: z.number(), value: z.number(), is_estimate: z.number(), is_provisional: z.number(), source: z.number(), note: z.string() });

/**
 * Applies the figures of a bundle to the sender's space, each checked by `readPeerFigures` against
 * the codelists and the sender's own indicators and districts (which the bundle brought first), and
 * stored with the sender's revision; then the figures the sender deleted. A figure the sender
 * suppressed carries no value: it is not stored, and a copy held from before goes with it.
 */
export function applyPeerObservations(db: Database, space: PeerSpace, figures: PeerFigures, readDeletions: Read | null): { changes: TableChanges; suppressed: number } {
  const city = { city: space.code };
  const select = db.prepare(`SELECT revision, value, is_estimate, is_provisional, source, note FROM observations WHERE city = @city AND ${keyCondition()}`);
  const remove = db.prepare(`DELETE FROM observations WHERE city = @city AND ${keyCondition()}`);
  const bury = db.prepare(
    `INSERT INTO observation_tombstones (city, ${observationKeyFields.join(', ')}, revision, updated_at) VALUES (@city, ${observationKeyFields.map((f) => `@${f}`).join(', ')}, @revision, @updated_at)
     ON CONFLICT DO UPDATE SET revision = excluded.revision, updated_at = excluded.updated_at WHERE excluded.revision > observation_tombstones.revision`,
  );
  const keyOfFields = (fields: string[]): ObservationKey => ({
    indicator: fields[0] ?? '',
    period: fields[1] ?? '',
    sex: fields[2] ?? '',
    age: fields[3] ?? '',
    status: fields[4] ?? '',
    origin: fields[5] ?? '',
    area: fields[6] ?? '',
  });
  const heldRow = HeldRow.optional();
  const held = (key: ObservationKey) => heldRow.parse(select.get({ ...city, ...key })) ?? null;
  const stage = new PeerObservationStage(db, space);

  const { rows, suppressed } = figures((line, figure) => stage.add(line, figure));
  const changes = stage.finish(rows, suppressed);
  const touched = new Set<string>();

  if (readDeletions) {
    readCsv(readDeletions, deletionColumns, 'observation deletions', (fields, line) => {
      const key = keyOfFields(fields);
      const revision = wholeNumber(fields[7] ?? '', 'revision', line);
      const updatedAt = wholeNumber(fields[8] ?? '', 'updated_at', line);
      const before = held(key);
      if (before && before.revision < revision) {
        remove.run({ ...city, ...key });
        touched.add(key.indicator);
        changes.deleted += 1;
      } else if (before) changes.conflicts += 1;
      else changes.unchanged += 1;
      if (!before || before.revision < revision) bury.run({ ...city, ...key, revision, updated_at: updatedAt });
    });
  }
  if (touched.size > 0) refreshCoverage(db, space, [...touched]);
  return { changes, suppressed };
}
