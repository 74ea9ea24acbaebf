import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { SourceKind } from '../../shared/domain/observation';
import { resourcesDir } from './temp-core';

/**
 * The sample city's data files read by an independent CSV parser (csv-parse), so the sample tests
 * check the files themselves rather than Focal's reading of them.
 */
export type Breakdown = { sex?: string; age?: string; status?: string; origin?: string; area?: string };
export type Row = [indicator: string, period: string, breakdown: Breakdown, value: number, source: string, flags?: 'estimate' | 'provisional'];

const ObservationLine = z.object({
  indicator: z.string(),
  period: z.string(),
  sex: z.string(),
  age: z.string(),
  status: z.string(),
  origin: z.string(),
  area: z.string(),
  value: z.string(),
  source: z.string(),
  note: z.string(),
  flags: z.enum(['', 'estimate', 'provisional']),
});
const SourceLine = z.object({ citation: z.string(), publisher: z.string(), year: z.string(), kind: SourceKind });

function csv(name: string): unknown {
  return parse(readFileSync(join(resourcesDir, 'sample-city', name), 'utf8'), { columns: true, bom: true });
}

export const sampleObservations: Row[] = z
  .array(ObservationLine)
  .parse(csv('observations.csv'))
  .map((line): Row => {
    const breakdown: Breakdown = {};
    if (line.sex) breakdown.sex = line.sex;
    if (line.age) breakdown.age = line.age;
    if (line.status) breakdown.status = line.status;
    if (line.origin) breakdown.origin = line.origin;
    if (line.area) breakdown.area = line.area;
    return line.flags === '' ? [line.indicator, line.period, breakdown, Number(line.value), line.source] : [line.indicator, line.period, breakdown, Number(line.value), line.source, line.flags];
  });

export const sources = Object.fromEntries(
  z
    .array(SourceLine)
    .parse(csv('sources.csv'))
    .map((line) => [line.citation, { citation: line.citation, publisher: line.publisher, year: line.year === '' ? null : Number(line.year), kind: line.kind }]),
);

const DistrictLine = z.object({ code: z.string().min(1), en: z.string().min(1), fr: z.string().min(1), ar: z.string().min(1) });

/** The sample city's districts (districts.csv): the only areas its figures may name. */
export const sampleDistricts = z.array(DistrictLine).parse(csv('districts.csv'));
