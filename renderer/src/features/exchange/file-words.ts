import { bundleRejectionCodes } from '../../../../shared/bundle/bundle-rejection';

/**
 * The translation key of each file a bundle may hold (docs/bundle-format.md): paths hold dots and
 * slashes, which i18next reads as key separators, so they are mapped to plain keys here.
 */
const fileKeys: Record<string, string> = {
  'datapackage.json': 'datapackage',
  'data/observations.csv': 'observations',
  'data/observation-deletions.csv': 'deletions',
  'records/sources.ndjson': 'sources',
  'records/city-indicators.ndjson': 'cityIndicators',
  'records/districts.ndjson': 'districts',
  'records/narratives.ndjson': 'narratives',
  'records/commitments.ndjson': 'commitments',
  'records/priority-paper.ndjson': 'paper',
  'records/paper-versions.ndjson': 'paperVersions',
  'records/assessments.ndjson': 'assessments',
  'records/activities.ndjson': 'activities',
  'records/advice.ndjson': 'advice',
  'records/advice-replies.ndjson': 'adviceReplies',
  'records/advice-requests.ndjson': 'adviceRequests',
  'records/advice-outcomes.ndjson': 'adviceOutcomes',
};

/** The words for a file of a bundle; a path this version does not know is shown as it is. */
export function fileWords(t: (key: string) => string, path: string): string {
  const key = fileKeys[path];
  return key === undefined ? path : t(`exchange.files.${key}`);
}

/** The tables an import reports on (travelling-kinds.ts, and the figures). */
const tableNames = new Set(['sources', 'city-indicators', 'districts', 'narratives', 'observations', 'commitments', 'priority-paper', 'paper-versions', 'assessments', 'activities', 'advice', 'advice-replies', 'advice-requests', 'advice-outcomes']);

/** The words for a table of an import's report; a table this version does not know is shown by its name. */
export function tableWords(t: (key: string) => string, table: string): string {
  return tableNames.has(table) ? t(`exchange.tables.${table}`) : table;
}

const rejectionCodes: ReadonlySet<string> = new Set(bundleRejectionCodes);

/** Why a bundle was refused, in words; a code from a newer version is shown as it is. */
export function rejectionWords(t: (key: string) => string, code: string): string {
  return rejectionCodes.has(code) ? t(`exchange.rejection.${code}`) : code;
}
