import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { z } from 'zod';
import { importFields, ImportMapping } from '../../../shared/domain/observation-import';
import { DistrictInput, type DistrictDraft } from '../../../shared/domain/district';
import { noSourceTitles, SourceKind } from '../../../shared/domain/observation';
import { saveDistricts } from '../districts/district-writer';
import { CsvTableSource } from '../observations/import/csv-table-source';
import { importWithinTransaction } from '../observations/import/run-import';
import { cellText } from '../observations/import/table-source';
import { sourceUidByCitation, updateSource } from '../sources/source-writer';
import type { OwnCity } from './own-city';

/**
 * The sample city's figures are data (resources/sample-city/observations.csv, a tidy file in the
 * import's own format) and go in through the real importer, so the sample shows exactly what an
 * import of the same file would give. Their sources' details come from sources.csv beside it, and
 * the districts its figures are broken down by from districts.csv (read first: a figure may only
 * name a district of its city).
 */
export function loadSampleFigures(db: Database, city: OwnCity, resourcesDir: string, now: Date): number {
  const dir = join(resourcesDir, 'sample-city');
  saveDistricts(db, city, now, readSampleDistricts(join(dir, 'districts.csv')));
  // The file's columns are the import's fields in their canonical order.
  const mapping = ImportMapping.parse({ columns: Object.fromEntries(importFields.map((field, index) => [field, index])) });
  const summary = importWithinTransaction(db, city, new CsvTableSource(join(dir, 'observations.csv')), mapping, { dryRun: false, now });
  if (!summary.applied) {
    const first = summary.errors[0];
    throw new Error(`The sample city's figures do not import: ${summary.errorCount} errors${first ? `, first on line ${first.row}: ${first.message}` : ''}.`);
  }
  const SourceLine = z.tuple([z.string(), z.string(), z.string(), SourceKind]);
  new CsvTableSource(join(dir, 'sources.csv')).forEachRecord((cells, line) => {
    if (line === 1) return;
    const [citation, publisher, year, kind] = SourceLine.parse(cells.map((cell) => cellText(cell)));
    const uid = sourceUidByCitation(db, city, citation);
    if (uid) updateSource(db, city, uid, { citation, publisher, year: year === '' ? null : Number(year), kind, titles: noSourceTitles }, now);
  });
  return summary.created;
}

/** districts.csv: code, then the name in English, French and Arabic. */
function readSampleDistricts(file: string): DistrictDraft[] {
  const DistrictLine = z.tuple([z.string(), z.string(), z.string(), z.string()]);
  const districts: DistrictDraft[] = [];
  new CsvTableSource(file).forEachRecord((cells, line) => {
    if (line === 1) return;
    const [code, en, fr, ar] = DistrictLine.parse(cells.map((cell) => cellText(cell)));
    districts.push(DistrictInput.parse({ code, name: { en, fr, ar } }));
  });
  return districts;
}
