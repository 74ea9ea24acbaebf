import { deletionColumns, observationColumns } from './bundle-observations';

/**
 * `datapackage.json`: the bundle's CSV tables described as a Frictionless Tabular Data Package, so
 * tools other than Focal (Frictionless, pandas, R, Open SDG's pipeline) read the figures with their
 * types. It holds nothing that changes between two exports of the same content.
 */

type FieldType = 'string' | 'number' | 'integer';

const types: Record<string, FieldType> = { value: 'number', revision: 'integer', updated_at: 'integer' };

const descriptions: Record<string, string> = {
  indicator: 'Indicator code (Focal catalogue, or the city’s own code)',
  period: 'Period: YYYY, YYYY-H1, YYYY-Q1, YYYY-MM or YYYY-MM-DD',
  sex: 'Sex code; blank = total',
  age: 'Age band code; blank = total',
  status: 'Migration status code; blank = total',
  origin: 'Country or region of origin code; blank = total',
  area: 'District code of the city; blank = the whole city',
  value: 'The figure; blank when suppressed (a small count of people)',
  source: 'The source as cited',
  note: 'Note',
  flags: 'estimate, provisional, suppressed (separated by ;)',
  source_id: 'Stable id of the source (records/sources.ndjson)',
  revision: 'Revision of the record at the sender',
  updated_at: 'Time of the last change, Unix milliseconds (UTC)',
};

function schema(columns: readonly string[]) {
  return {
    fields: columns.map((name) => ({ name, type: types[name] ?? 'string', description: descriptions[name] ?? name })),
    // Blank breakdowns mean "total" and a blank value "suppressed": both read as missing.
    missingValues: [''],
  };
}

function resource(name: string, path: string, columns: readonly string[]) {
  return {
    profile: 'tabular-data-resource',
    name,
    path,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', header: true, doubleQuote: true, quoteChar: '"' },
    schema: schema(columns),
  };
}

export const observationsPath = 'data/observations.csv';
export const deletionsPath = 'data/observation-deletions.csv';

export function dataPackageDescriptor(city: string): string {
  const descriptor = {
    profile: 'tabular-data-package',
    name: `focal-${city}`,
    title: `Migration profile figures of ${city} (Focal exchange bundle)`,
    resources: [resource('observations', observationsPath, observationColumns), resource('observation-deletions', deletionsPath, deletionColumns)],
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
