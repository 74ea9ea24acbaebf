import type { Database } from 'better-sqlite3';
import type { ShareablePart } from '../../../shared/bundle/bundle-export';
import { listActivities } from '../activities/activity-queries';
import { adviceRowsOf, outcomeRowsOf, replyRowsOf, requestRowsOf } from '../advice/advice-rows';
import { listAssessments } from '../assessments/assessment-queries';
import { listCommitments } from '../commitments/commitment-queries';
import { listDistricts } from '../districts/district-queries';
import { listNarratives } from '../narrative/narrative-queries';
import { CodeRecognizer } from '../observations/import/code-recognizer';
import { listPaperVersions, readPaper } from '../paper/paper-queries';
import { listSources } from '../sources/source-queries';

/**
 * The record kinds that travel in a bundle as NDJSON (docs/bundle-format.md), each declared once:
 * its table, its file, its identity and its fields. The exporter reads every kind through this
 * list; the verifier never looks at it (it checks files against the signed manifest, whatever they
 * hold), so a new kind — peer advice next — is one more entry here and in the format document.
 *
 * A record is the table's row without its city (the bundle's sender is the city) and without local
 * row ids: its identity fields, its other fields in the order declared, then `revision`,
 * `updated_at` (Unix milliseconds) and `deleted` (a tombstone). Fields stored as JSON text travel
 * as JSON values.
 */


export interface TravellingKind {
  /** The kind's name in the manifest's file path: `records/<name>.ndjson`. */
  name: string;
  part: ShareablePart;
  table: string;
  /** Columns that identify a record within its city, in sort order. */
  identity: readonly string[];
  /** The other columns that travel, in the order written. */
  fields: readonly string[];
  /** Columns (among identity and fields) stored as JSON text. */
  json: readonly string[];
  /** Whether the table has a `deleted` column (the priority paper is never deleted). */
  tombstones: boolean;
  /**
   * Reads a city's records of this kind the way the app reads them. The table takes any JSON in a
   * JSON column; after a bundle's records are written, this must read them all, or the bundle is
   * refused: a record the app cannot read would break every page that shows it.
   */
  readBack(db: Database, city: string): unknown;
  /**
   * Records addressed to one city (peer advice): the column naming it, NULL meaning the whole
   * network. Such a record goes only in bundles to that city or to the whole network, and the
   * export notes in the record's own `sent_at` (which never travels) when a bundle first carried it.
   */
  addressee?: string;
  /** An SQL condition on records that stay here for now (a draft advice not yet ready): they do not travel. */
  held?: string;
}

export const travellingKinds: readonly TravellingKind[] = [
  {
    name: 'sources',
    part: 'profile',
    table: 'sources',
    identity: ['uid'],
    fields: ['citation', 'publisher', 'year', 'kind', 'title_en', 'title_fr', 'title_ar'],
    json: [],
    tombstones: true,
    readBack: (db, city) => listSources(db, city),
  },
  {
    name: 'city-indicators',
    part: 'profile',
    table: 'city_indicators',
    identity: ['code'],
    fields: ['domain', 'unit', 'direction', 'dimensions', 'name', 'definition', 'frameworks', 'counts_people', 'position'],
    json: ['dimensions', 'name', 'definition', 'frameworks'],
    tombstones: true,
    readBack: (db, city) => CodeRecognizer.of(db, city),
  },
  {
    name: 'districts',
    part: 'profile',
    table: 'districts',
    identity: ['code'],
    fields: ['name', 'position'],
    json: ['name'],
    tombstones: true,
    readBack: (db, city) => listDistricts(db, city),
  },
  {
    name: 'narratives',
    part: 'profile',
    table: 'profile_narratives',
    identity: ['section', 'locale'],
    fields: ['markdown'],
    json: [],
    tombstones: true,
    readBack: (db, city) => listNarratives(db, city),
  },
  {
    name: 'commitments',
    part: 'commitments',
    table: 'commitments',
    identity: ['uid'],
    fields: ['original', 'texts', 'stale', 'domains', 'target_groups', 'tags', 'owner', 'start', 'due', 'status', 'status_reason', 'tasks', 'targets', 'notes'],
    json: ['texts', 'stale', 'domains', 'target_groups', 'tags', 'tasks', 'targets', 'notes'],
    tombstones: true,
    readBack: (db, city) => listCommitments(db, city),
  },
  {
    name: 'priority-paper',
    part: 'paper',
    table: 'priority_papers',
    identity: [],
    fields: ['content'],
    json: ['content'],
    tombstones: false,
    readBack: (db, city) => readPaper(db, city),
  },
  {
    name: 'paper-versions',
    part: 'paper',
    table: 'paper_versions',
    identity: ['uid'],
    fields: ['name', 'content', 'saved_at'],
    json: ['content'],
    tombstones: true,
    readBack: (db, city) => listPaperVersions(db, city),
  },
  {
    name: 'assessments',
    part: 'assessments',
    table: 'assessments',
    identity: ['uid'],
    fields: ['framework', 'date', 'title', 'scores'],
    json: ['scores'],
    tombstones: true,
    readBack: (db, city) => listAssessments(db, city),
  },
  {
    name: 'activities',
    part: 'activities',
    table: 'activities',
    identity: ['uid'],
    fields: ['kind', 'title', 'language', 'date', 'end_date', 'place', 'host', 'cities', 'participants', 'outputs', 'follow_ups'],
    json: ['cities', 'participants', 'follow_ups'],
    tombstones: true,
    readBack: (db, city) => listActivities(db, city),
  },
  {
    name: 'advice',
    part: 'advice',
    table: 'advice',
    identity: ['uid'],
    fields: ['to_city', 'request_uid', 'item_kind', 'item_id', 'item_version', 'item_text', 'domains', 'kind', 'original', 'texts', 'quote', 'reference', 'author'],
    json: ['domains', 'texts'],
    tombstones: true,
    readBack: (db, city) => adviceRowsOf(db, city),
    addressee: 'to_city',
    held: 'ready = 0 AND sent_at IS NULL',
  },
  {
    name: 'advice-replies',
    part: 'advice',
    table: 'advice_replies',
    identity: ['uid'],
    fields: ['advice_city', 'advice_uid', 'to_city', 'act', 'original', 'texts', 'author', 'made_at'],
    json: ['texts'],
    tombstones: true,
    readBack: (db, city) => replyRowsOf(db, city),
    addressee: 'to_city',
  },
  {
    name: 'advice-requests',
    part: 'advice',
    table: 'advice_requests',
    identity: ['uid'],
    fields: ['to_city', 'item_kind', 'item_id', 'original', 'texts', 'author'],
    json: ['texts'],
    tombstones: true,
    readBack: (db, city) => requestRowsOf(db, city),
    addressee: 'to_city',
  },
  {
    name: 'advice-outcomes',
    part: 'advice',
    table: 'advice_outcomes',
    identity: ['advice_city', 'advice_uid'],
    fields: ['original', 'texts', 'commitments'],
    json: ['texts', 'commitments'],
    tombstones: true,
    readBack: (db, city) => outcomeRowsOf(db, city),
    addressee: 'advice_city',
  },
];

export function recordsPath(kind: TravellingKind): string {
  return `records/${kind.name}.ndjson`;
}
