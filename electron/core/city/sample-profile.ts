import type { Database } from 'better-sqlite3';
import type { Source } from '../../../shared/domain/observation';

/**
 * The sample city's figures: several years, broken down by sex, age and migration status, each with
 * its source. Invented but plausible for a southern-shore city of a million people; every publisher
 * says "(sample)" so nobody cites them.
 */
const sourceKeys = ['census', 'unhcr', 'survey', 'schools', 'city', 'health'] as const;
type SourceKey = (typeof sourceKeys)[number];

const sources: Record<SourceKey, Source> = {
  census: { citation: 'Annual population estimates 2021–2024', publisher: 'National Statistics Institute (sample)', year: 2025, kind: 'administrative' },
  unhcr: { citation: 'Registered refugees and asylum seekers, 31 December', publisher: 'UNHCR country office (sample)', year: 2025, kind: 'administrative' },
  survey: { citation: 'Survey of migrant residents 2023', publisher: 'Sample city — Department of Social Affairs (sample)', year: 2024, kind: 'survey' },
  schools: { citation: 'School enrolment registers', publisher: 'Regional Directorate of Education (sample)', year: 2025, kind: 'administrative' },
  city: { citation: 'Municipal records', publisher: 'Sample city — Human Resources and Social Services (sample)', year: 2025, kind: 'administrative' },
  health: { citation: 'Health coverage registrations', publisher: 'Regional Health Directorate (sample)', year: 2025, kind: 'administrative' },
};

type Breakdown = { sex?: string; age?: string; status?: string; origin?: string };
type Row = [indicator: string, period: string, breakdown: Breakdown, value: number, source: SourceKey, flags?: 'estimate' | 'provisional'];

const total: Breakdown = {};

export const sampleObservations: Row[] = [
  ['POP_TOTAL', '2021', total, 1056247, 'census'],
  ['POP_TOTAL', '2022', total, 1062940, 'census'],
  ['POP_TOTAL', '2023', total, 1070388, 'census'],
  ['POP_TOTAL', '2024', total, 1077512, 'census', 'provisional'],
  ['POP_TOTAL', '2024', { sex: 'F' }, 548210, 'census', 'provisional'],
  ['POP_TOTAL', '2024', { sex: 'M' }, 529302, 'census', 'provisional'],
  ['POP_TOTAL', '2024', { age: 'Y15T24' }, 168930, 'census', 'provisional'],

  ['MIG_FOREIGN_RES', '2021', total, 18420, 'census'],
  ['MIG_FOREIGN_RES', '2022', total, 19980, 'census'],
  ['MIG_FOREIGN_RES', '2023', total, 22310, 'census'],
  ['MIG_FOREIGN_RES', '2024', total, 24980, 'census', 'provisional'],
  ['MIG_FOREIGN_RES', '2023', { sex: 'F' }, 10450, 'census'],
  ['MIG_FOREIGN_RES', '2024', { sex: 'F' }, 11830, 'census', 'provisional'],
  ['MIG_FOREIGN_RES', '2024', { sex: 'M' }, 13150, 'census', 'provisional'],
  ['MIG_FOREIGN_RES', '2024', { age: 'Y15T24' }, 5120, 'census', 'provisional'],
  ['MIG_FOREIGN_RES', '2024', { origin: 'CI' }, 4210, 'census', 'provisional'],
  ['MIG_FOREIGN_RES', '2024', { origin: 'DZ' }, 3560, 'census', 'provisional'],
  ['MIG_FOREIGN_RES', '2024', { origin: 'LY' }, 2950, 'census', 'provisional'],
  ['MIG_FOREIGN_RES', '2024', { origin: 'CM' }, 2380, 'census', 'provisional'],

  ['MIG_FOREIGN_SHARE', '2021', total, 1.7, 'census'],
  ['MIG_FOREIGN_SHARE', '2022', total, 1.9, 'census'],
  ['MIG_FOREIGN_SHARE', '2023', total, 2.1, 'census'],
  ['MIG_FOREIGN_SHARE', '2024', total, 2.3, 'census', 'provisional'],

  ['REF_ASY_REGISTERED', '2022', total, 6120, 'unhcr'],
  ['REF_ASY_REGISTERED', '2023', total, 7480, 'unhcr'],
  ['REF_ASY_REGISTERED', '2024', total, 9076, 'unhcr'],
  ['REF_ASY_REGISTERED', '2024', { status: 'REF' }, 3214, 'unhcr'],
  ['REF_ASY_REGISTERED', '2024', { status: 'ASY' }, 5862, 'unhcr'],
  ['REF_ASY_REGISTERED', '2024', { sex: 'F' }, 3890, 'unhcr'],
  ['REF_ASY_REGISTERED', '2024', { age: 'Y15T24' }, 2210, 'unhcr'],

  ['EDU_MIG_PUPILS', '2022', total, 1240, 'schools'],
  ['EDU_MIG_PUPILS', '2023', total, 1418, 'schools'],
  ['EDU_MIG_PUPILS', '2024', total, 1655, 'schools'],
  ['EDU_MIG_PUPILS', '2024', { sex: 'F' }, 802, 'schools'],
  ['EDU_MIG_PUPILS', '2024', { status: 'REF' }, 214, 'schools'],

  ['HEA_MIG_COVERAGE', '2022', total, 38.5, 'health', 'estimate'],
  ['HEA_MIG_COVERAGE', '2023', total, 41.2, 'health'],
  ['HEA_MIG_COVERAGE', '2024', total, 44, 'health', 'provisional'],
  ['HEA_MIG_COVERAGE', '2024', { sex: 'F' }, 47.3, 'health', 'provisional'],
  ['HEA_MIG_COVERAGE', '2024', { status: 'REF' }, 61, 'health', 'provisional'],
  ['HEA_MIG_COVERAGE', '2024', { status: 'ASY' }, 35.4, 'health', 'provisional'],

  ['EMP_MIG_RATE', '2023', total, 52.1, 'survey'],
  ['EMP_MIG_RATE', '2023', { sex: 'F' }, 38.4, 'survey'],
  ['EMP_MIG_RATE', '2023', { age: 'Y15T24' }, 31.7, 'survey'],
  ['EMP_YOUTH_UNEMP', '2023', total, 27.9, 'survey'],
  ['EMP_YOUTH_UNEMP', '2023', { sex: 'F' }, 33.5, 'survey'],

  ['HOU_WAITING_LIST', '2022', total, 310, 'city'],
  ['HOU_WAITING_LIST', '2023', total, 365, 'city'],
  ['HOU_WAITING_LIST', '2024', total, 342, 'city'],
  ['HOU_WAITING_LIST', '2024', { status: 'REF' }, 88, 'city'],

  ['PAR_MIG_ASSOCIATIONS', '2022', total, 12, 'city'],
  ['PAR_MIG_ASSOCIATIONS', '2023', total, 14, 'city'],
  ['PAR_MIG_ASSOCIATIONS', '2024', total, 17, 'city'],

  ['GOV_STAFF_TRAINED', '2022', total, 45, 'city'],
  ['GOV_STAFF_TRAINED', '2023', total, 120, 'city'],
  ['GOV_STAFF_TRAINED', '2024', total, 210, 'city'],
  ['GOV_STAFF_TRAINED', '2024', { sex: 'F' }, 118, 'city'],

  // yes / partial / no are stored as 1 / 0.5 / 0.
  ['GOV_STRATEGY', '2023', total, 0.5, 'city'],
  ['GOV_STRATEGY', '2024', total, 1, 'city'],
  ['GOV_WELCOME_DESK', '2024', total, 1, 'city'],
];

/** Writes the sample figures into the city's own space; the caller's transaction makes it all-or-nothing. */
export function insertSampleProfile(db: Database, city: string): void {
  const source = db.prepare('INSERT INTO sources (city, citation, publisher, year, kind) VALUES (?, ?, ?, ?, ?)');
  const ids = new Map<SourceKey, number | bigint>();
  for (const key of sourceKeys) {
    const s = sources[key];
    ids.set(key, source.run(city, s.citation, s.publisher, s.year, s.kind).lastInsertRowid);
  }
  const observation = db.prepare(
    `INSERT INTO observations (city, indicator, period, sex, age, status, origin, value, is_estimate, is_provisional, source)
     VALUES (@city, @indicator, @period, @sex, @age, @status, @origin, @value, @estimate, @provisional, @source)`,
  );
  for (const [indicator, period, breakdown, value, sourceKey, flag] of sampleObservations) {
    observation.run({
      city,
      indicator,
      period,
      sex: breakdown.sex ?? '',
      age: breakdown.age ?? '',
      status: breakdown.status ?? '',
      origin: breakdown.origin ?? '',
      value,
      estimate: flag === 'estimate' ? 1 : 0,
      provisional: flag === 'provisional' ? 1 : 0,
      source: ids.get(sourceKey) ?? null,
    });
  }
}
