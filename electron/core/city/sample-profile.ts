import type { Database } from 'better-sqlite3';
import type { Source } from '../../../shared/domain/observation';

/**
 * The sample city's figures: 2019–2024, broken down by sex, age and migration status, each with its
 * source. Invented but plausible for a southern-shore city of a million people; every publisher
 * says "(sample)" so nobody cites them. The figures hang together on purpose (shares match counts,
 * parts stay within totals, the same figure agrees across indicators) because the sample is also
 * what validation, key figures and the narrative are demonstrated and tested on.
 */
const sourceKeys = ['census', 'status', 'unhcr', 'labour', 'survey', 'schools', 'health', 'clinics', 'partners', 'housing', 'jobs', 'business', 'ombuds', 'city', 'budget'] as const;
type SourceKey = (typeof sourceKeys)[number];

export const sources: Record<SourceKey, Source> = {
  census: { citation: 'Annual population estimates 2019–2024', publisher: 'National Statistics Institute (sample)', year: 2025, kind: 'administrative' },
  status: { citation: 'Resident population by migration status, estimates at 31 December', publisher: 'Regional Migration Observatory (sample)', year: 2025, kind: 'estimate' },
  unhcr: { citation: 'Registered refugees and asylum seekers, 31 December', publisher: 'UNHCR country office (sample)', year: 2025, kind: 'administrative' },
  labour: { citation: 'Labour force survey, migrant module 2019–2024', publisher: 'National Statistics Institute (sample)', year: 2025, kind: 'survey' },
  survey: { citation: 'Survey of migrant residents, 2021 and 2023 rounds', publisher: 'Sample city — Department of Social Affairs (sample)', year: 2024, kind: 'survey' },
  schools: { citation: 'School enrolment registers', publisher: 'Regional Directorate of Education (sample)', year: 2025, kind: 'administrative' },
  health: { citation: 'Health coverage registrations', publisher: 'Regional Health Directorate (sample)', year: 2025, kind: 'administrative' },
  clinics: { citation: 'Primary health care activity reports', publisher: 'Regional Health Directorate (sample)', year: 2025, kind: 'administrative' },
  partners: { citation: 'Activity reports of partner psychosocial services', publisher: 'Network of partner associations (sample)', year: 2025, kind: 'other' },
  housing: { citation: 'Social housing register and emergency shelter records', publisher: 'Sample city — Housing Office (sample)', year: 2025, kind: 'administrative' },
  jobs: { citation: 'Employment services activity reports', publisher: 'National Employment Agency, regional office (sample)', year: 2025, kind: 'administrative' },
  business: { citation: 'Register of enterprises, 31 December', publisher: 'Regional Chamber of Commerce (sample)', year: 2025, kind: 'administrative' },
  ombuds: { citation: 'Annual reports of the municipal ombudsperson', publisher: 'Sample city — Ombudsperson (sample)', year: 2025, kind: 'administrative' },
  city: { citation: 'Municipal records', publisher: 'Sample city — Human Resources and Social Services (sample)', year: 2025, kind: 'administrative' },
  budget: { citation: 'Municipal accounts, inclusion budget lines', publisher: 'Sample city — Finance Department (sample)', year: 2025, kind: 'administrative' },
};

export type Breakdown = { sex?: string; age?: string; status?: string; origin?: string };
type Flag = 'estimate' | 'provisional';
export type Row = [indicator: string, period: string, breakdown: Breakdown, value: number, source: SourceKey, flags?: Flag];

/** The six years the sample covers; a series gives one value per year, null where it has none. */
const years = ['2019', '2020', '2021', '2022', '2023', '2024'] as const;
type Year = (typeof years)[number];
type Value = number | null;
type Six = readonly [Value, Value, Value, Value, Value, Value];

/** "sex=F status=REF" → { sex: 'F', status: 'REF' }; a blank key is the total. */
function breakdownOf(key: string): Breakdown {
  const breakdown: Breakdown = {};
  for (const part of key.split(' ').filter((p) => p !== '')) {
    const [dimension, code = ''] = part.split('=');
    if (dimension === 'sex') breakdown.sex = code;
    else if (dimension === 'age') breakdown.age = code;
    else if (dimension === 'status') breakdown.status = code;
    else if (dimension === 'origin') breakdown.origin = code;
    else throw new Error(`The sample breakdown "${key}" names an unknown dimension.`);
  }
  return breakdown;
}

/**
 * One indicator's yearly series from one source, one line per breakdown, so a whole indicator reads
 * as a small table. `flags` marks every line's value for that year (provisional latest year, early
 * estimates).
 */
function yearly(indicator: string, source: SourceKey, lines: Record<string, Six>, flags: Partial<Record<Year, Flag>> = {}): Row[] {
  return Object.entries(lines).flatMap(([key, values]) =>
    years.flatMap((year, i): Row[] => {
      const value = values[i];
      if (value === null || value === undefined) return [];
      const flag = flags[year];
      return [flag ? [indicator, year, breakdownOf(key), value, source, flag] : [indicator, year, breakdownOf(key), value, source]];
    }),
  );
}

const latestProvisional = { '2024': 'provisional' } as const;

export const sampleObservations: Row[] = [
  // Residents on 1 January. The 2024 estimate is not final yet.
  ...yearly('POP_TOTAL', 'census', {
    '':           [1043105, 1049870, 1056247, 1062940, 1070388, 1077512],
    'sex=F':      [530940, 534279, 537524, 540824, 544613, 548210],
    'sex=M':      [512165, 515591, 518723, 522116, 525775, 529302],
    'age=Y15T24': [171069, 170289, 169528, 169007, 168907, 168930],
  }, latestProvisional),
  ['POP_TOTAL', '2024', { age: 'Y_LT15' }, 238130, 'census', 'provisional'],
  ['POP_TOTAL', '2024', { age: 'Y25T54' }, 474100, 'census', 'provisional'],
  ['POP_TOTAL', '2024', { age: 'Y55T64' }, 103441, 'census', 'provisional'],
  ['POP_TOTAL', '2024', { age: 'Y_GE65' }, 92911, 'census', 'provisional'],

  // Foreign nationals on 1 January; the full age structure only for the latest year.
  ...yearly('MIG_FOREIGN_RES', 'census', {
    '':           [15840, 16720, 18420, 19980, 22310, 24980],
    'sex=F':      [6970, 7430, 8310, 9120, 10450, 11830],
    'sex=M':      [8870, 9290, 10110, 10860, 11860, 13150],
    'age=Y15T24': [3140, 3350, 3720, 4080, 4590, 5120],
  }, latestProvisional),
  ['MIG_FOREIGN_RES', '2024', { age: 'Y_LT15' }, 3260, 'census', 'provisional'],
  ['MIG_FOREIGN_RES', '2024', { age: 'Y25T54' }, 14980, 'census', 'provisional'],
  ['MIG_FOREIGN_RES', '2024', { age: 'Y55T64' }, 980, 'census', 'provisional'],
  ['MIG_FOREIGN_RES', '2024', { age: 'Y_GE65' }, 640, 'census', 'provisional'],
  ['MIG_FOREIGN_RES', '2024', { origin: 'CI' }, 4210, 'census', 'provisional'],
  ['MIG_FOREIGN_RES', '2024', { origin: 'DZ' }, 3560, 'census', 'provisional'],
  ['MIG_FOREIGN_RES', '2024', { origin: 'LY' }, 2950, 'census', 'provisional'],
  ['MIG_FOREIGN_RES', '2024', { origin: 'CM' }, 2380, 'census', 'provisional'],

  // Foreign residents ÷ population of the same group, rounded to one decimal.
  ...yearly('MIG_FOREIGN_SHARE', 'census', {
    '':           [1.5, 1.6, 1.7, 1.9, 2.1, 2.3],
    'sex=F':      [1.3, 1.4, 1.5, 1.7, 1.9, 2.2],
    'age=Y15T24': [1.8, 2.0, 2.2, 2.4, 2.7, 3.0],
  }, latestProvisional),

  // Same total as MIG_FOREIGN_RES; the five main nationalities, the rest not listed.
  ...yearly('MIG_TOP_ORIGINS', 'census', {
    '':          [15840, 16720, 18420, 19980, 22310, 24980],
    'origin=CI': [2240, 2460, 2870, 3240, 3700, 4210],
    'origin=DZ': [3050, 3120, 3210, 3300, 3420, 3560],
    'origin=LY': [2480, 2620, 2700, 2760, 2850, 2950],
    'origin=CM': [1150, 1260, 1480, 1720, 2050, 2380],
    'origin=ML': [620, 680, 790, 900, 1050, 1220],
  }, latestProvisional),
  ['MIG_TOP_ORIGINS', '2024', { origin: 'CI', sex: 'F' }, 1890, 'census', 'provisional'],
  ['MIG_TOP_ORIGINS', '2024', { origin: 'CM', sex: 'F' }, 1010, 'census', 'provisional'],

  // All residents on 31 December (= next year's population on 1 January). MIG is REG + IRR + ASY +
  // REF + STL; REF and ASY are UNHCR's registrations; returnees are nationals, counted apart.
  ...yearly('MIG_BY_STATUS', 'status', {
    '':           [1049870, 1056247, 1062940, 1070388, 1077512, 1084300],
    'status=MIG': [20645, 22330, 24790, 27885, 31800, 33901],
    'status=REG': [12900, 13650, 14500, 15600, 16400, 17350],
    'status=ASY': [2010, 2330, 2950, 3740, 5640, 5862],
    'status=REF': [1480, 1690, 1980, 2380, 2790, 3214],
    'status=RET': [2650, 3480, 3720, 3810, 3900, 4050],
  }, latestProvisional),
  // Nobody registers irregular migrants or stateless people: these are the observatory's estimates.
  ...yearly('MIG_BY_STATUS', 'status', {
    'status=IRR': [4200, 4600, 5300, 6100, 6900, 7400],
    'status=STL': [55, 60, 60, 65, 70, 75],
  }, { '2019': 'estimate', '2020': 'estimate', '2021': 'estimate', '2022': 'estimate', '2023': 'estimate', '2024': 'estimate' }),

  // REF + ASY = total. The 2023 jump in asylum seekers (+51%) is real in the story, not an error:
  // arrivals from Sudan after the war broke out in April 2023. The narrative explains it.
  ...yearly('REF_ASY_REGISTERED', 'unhcr', {
    '':                 [3490, 4020, 4930, 6120, 8430, 9076],
    'status=REF':       [1480, 1690, 1980, 2380, 2790, 3214],
    'status=ASY':       [2010, 2330, 2950, 3740, 5640, 5862],
    'sex=F':            [1320, 1550, 1940, 2520, 3500, 3890],
    'sex=M':            [2170, 2470, 2990, 3600, 4930, 5186],
    'age=Y_LT15':       [1010, 1160, 1440, 1800, 2480, 2700],
    'age=Y15T24':       [820, 950, 1180, 1490, 2050, 2210],
    // Women by status: the programme's two vulnerable groups crossed with its first focus group.
    'sex=F status=REF': [650, 740, 880, 1070, 1270, 1460],
    'sex=F status=ASY': [670, 810, 1060, 1450, 2230, 2430],
    'origin=SD':        [null, null, null, 980, 2720, 3050],
    'origin=SY':        [null, null, null, 1310, 1360, 1420],
    'origin=ER':        [null, null, null, 640, 700, 780],
  }),
  ['REF_ASY_REGISTERED', '2024', { age: 'Y25T54' }, 3800, 'unhcr'],
  ['REF_ASY_REGISTERED', '2024', { age: 'Y55T64' }, 230, 'unhcr'],
  ['REF_ASY_REGISTERED', '2024', { age: 'Y_GE65' }, 136, 'unhcr'],

  // Households by the reference person's sex and status, 31 December. Asylum seekers are not
  // eligible for social housing, so neither indicator has them.
  ...yearly('HOU_SOCIAL_HOUSING', 'housing', {
    '':           [148, 156, 171, 189, 204, 226],
    'sex=F':      [52, 57, 64, 73, 81, 92],
    'status=REF': [21, 24, 29, 35, 41, 48],
  }),
  ...yearly('HOU_WAITING_LIST', 'housing', {
    '':           [205, 238, 271, 310, 365, 342],
    'sex=F':      [74, 88, 101, 118, 142, 137],
    'status=REF': [41, 48, 57, 68, 84, 88],
  }),
  ...yearly('HOU_EMERGENCY_SHELTER', 'housing', {
    '':           [185, 240, 262, 318, 421, 446],
    'sex=F':      [70, 92, 104, 131, 176, 189],
    'age=Y15T24': [48, 62, 70, 86, 118, 124],
    'status=REF': [38, 46, 51, 60, 74, 81],
    'status=ASY': [96, 128, 141, 176, 240, 252],
  }),
  // Only measured by the survey of migrant residents, in 2021 and 2023.
  ...yearly('HOU_OVERCROWDING', 'survey', {
    '':           [null, null, 34.5, null, 31.8, null],
    'status=REF': [null, null, 41.2, null, 38.6, null],
    'status=ASY': [null, null, 52.7, null, 55.1, null],
  }),

  // Coverage before 2021 was reconstructed from partial registers.
  ...yearly('HEA_MIG_COVERAGE', 'health', {
    '':           [33.2, 35.0, 36.8, 38.5, 41.2, 44.0],
    'sex=F':      [36.0, 38.1, 40.0, 42.0, 44.6, 47.3],
    'sex=M':      [31.0, 32.5, 34.2, 35.6, 38.2, 41.0],
    'age=Y15T24': [27.5, 29.0, 30.8, 32.6, 35.1, 37.9],
    'status=REF': [52.0, 54.3, 56.1, 57.9, 59.6, 61.0],
    'status=ASY': [30.5, 31.8, 33.0, 34.2, 33.1, 35.4],
  }, { '2019': 'estimate', '2020': 'estimate', '2024': 'provisional' }),
  // 2020: centres closed to routine visits during the pandemic.
  ...yearly('HEA_CENTRE_VISITS', 'clinics', {
    '':           [9850, 7420, 9310, 11240, 13880, 15120],
    'sex=F':      [5620, 4310, 5380, 6470, 7990, 8730],
    'age=Y15T24': [1780, 1320, 1690, 2050, 2570, 2810],
    'status=REF': [1640, 1290, 1610, 1930, 2310, 2620],
    'status=ASY': [2150, 1680, 2050, 2610, 3590, 3880],
  }),
  // Partner associations have reported on a common form since 2021.
  ...yearly('HEA_PSYCHOSOCIAL', 'partners', {
    '':           [null, null, 560, 650, 870, 960],
    'sex=F':      [null, null, 327, 381, 512, 566],
    'age=Y15T24': [null, null, 140, 166, 228, 249],
    'status=REF': [null, null, 188, 214, 260, 292],
    'status=ASY': [null, null, 246, 292, 408, 441],
  }),

  // School year starting in the reference year.
  ...yearly('EDU_MIG_PUPILS', 'schools', {
    '':           [880, 940, 1085, 1240, 1418, 1655],
    'sex=F':      [420, 452, 522, 598, 688, 802],
    'age=Y15T24': [190, 205, 239, 278, 320, 379],
    'status=REF': [118, 126, 141, 162, 186, 214],
    'status=ASY': [64, 72, 96, 124, 171, 205],
  }),
  ['EDU_MIG_PUPILS', '2024', { origin: 'CI' }, 310, 'schools'],
  ['EDU_MIG_PUPILS', '2024', { origin: 'CM' }, 188, 'schools'],
  ['EDU_MIG_PUPILS', '2024', { origin: 'SD' }, 142, 'schools'],
  ...yearly('EDU_DROPOUT', 'schools', {
    '':           [9.8, 12.4, 10.9, 10.1, 9.6, 8.7],
    'sex=F':      [8.9, 11.6, 10.0, 9.2, 8.8, 7.9],
    'age=Y15T24': [15.2, 19.1, 17.0, 15.8, 14.9, 13.5],
    'status=REF': [11.5, 14.2, 12.6, 11.4, 10.3, 9.2],
    'status=ASY': [16.8, 20.5, 18.9, 17.7, 19.6, 17.4],
  }),
  ...yearly('EDU_LANG_COURSES', 'city', {
    '':           [420, 310, 395, 510, 680, 790],
    'sex=F':      [236, 178, 224, 292, 398, 468],
    'age=Y15T24': [102, 74, 96, 128, 171, 204],
    'status=REF': [96, 74, 92, 118, 152, 178],
    'status=ASY': [118, 90, 116, 158, 219, 248],
  }),

  // Migrants aged 15–64; the 2024 survey wave is not final yet.
  ...yearly('EMP_MIG_RATE', 'labour', {
    '':           [53.4, 47.9, 50.2, 51.3, 52.1, 53.0],
    'sex=F':      [37.6, 33.1, 35.9, 37.2, 38.4, 39.6],
    'sex=M':      [65.8, 59.7, 62.0, 63.1, 64.2, 65.1],
    'age=Y15T24': [32.8, 26.4, 29.5, 30.6, 31.7, 32.9],
    'status=REF': [41.2, 36.0, 38.7, 40.1, 41.5, 43.0],
    'status=ASY': [22.4, 18.6, 20.3, 21.0, 19.8, 21.5],
  }, latestProvisional),
  ...yearly('EMP_YOUTH_UNEMP', 'labour', {
    '':           [26.1, 34.2, 31.0, 29.4, 27.9, 26.8],
    'sex=F':      [31.4, 40.8, 37.2, 35.0, 33.5, 32.1],
    'status=REF': [30.2, 38.5, 35.1, 33.6, 32.0, 30.9],
  }, latestProvisional),
  ...yearly('EMP_WOMEN_BUSINESSES', 'business', {
    '':           [64, 61, 70, 82, 97, 118],
    'status=REF': [9, 9, 11, 14, 17, 21],
  }),
  ['EMP_WOMEN_BUSINESSES', '2024', { origin: 'CI' }, 34, 'business'],
  ['EMP_WOMEN_BUSINESSES', '2024', { origin: 'CM' }, 22, 'business'],
  ...yearly('EMP_JOB_SUPPORT', 'jobs', {
    '':           [520, 410, 560, 705, 910, 1130],
    'sex=F':      [214, 172, 236, 310, 414, 528],
    'age=Y15T24': [168, 131, 182, 233, 305, 384],
    'status=REF': [92, 76, 101, 128, 164, 203],
    'status=ASY': [38, 33, 45, 60, 82, 104],
  }),

  ...yearly('PAR_MIG_ASSOCIATIONS', 'city', { '': [9, 10, 11, 12, 14, 17] }),
  ...yearly('PAR_AWARENESS_CAMPAIGNS', 'city', { '': [4, 4, 5, 6, 7, 9] }),
  // A rise here reflects the ombudsperson's outreach as much as more discrimination.
  ...yearly('PAR_DISCRIM_COMPLAINTS', 'ombuds', {
    '':           [23, 27, 31, 38, 49, 61],
    'sex=F':      [9, 11, 13, 17, 23, 30],
    'status=REF': [4, 5, 6, 8, 10, 12],
    'status=ASY': [5, 6, 8, 10, 13, 17],
  }),
  // The consultation forums started in 2021; X is "sex not stated" on the sign-up sheet.
  ...yearly('PAR_CONSULT_PARTICIPANTS', 'city', {
    '':           [null, null, 64, 85, 112, 148],
    'sex=F':      [null, null, 29, 40, 54, 73],
    'sex=M':      [null, null, 33, 43, 55, 71],
    'sex=X':      [null, null, 2, 2, 3, 4],
    'age=Y15T24': [null, null, 14, 19, 26, 36],
    'status=REF': [null, null, 8, 11, 15, 20],
    'status=ASY': [null, null, 3, 5, 7, 10],
  }),

  ...yearly('GOV_STAFF_TRAINED', 'city', {
    '':      [38, 31, 42, 55, 74, 98],
    'sex=F': [21, 17, 23, 31, 43, 57],
  }),
  // yes / partial / no are stored as 1 / 0.5 / 0.
  ...yearly('GOV_STRATEGY', 'city', { '': [0, 0, 0, 0.5, 0.5, 1] }),
  ...yearly('GOV_COORD_BODY', 'city', { '': [0, 0.5, 0.5, 1, 1, 1] }),
  ...yearly('GOV_WELCOME_DESK', 'city', { '': [0, 0, 0.5, 0.5, 1, 1] }),
  ...yearly('GOV_OPEN_DATA', 'city', { '': [0, 0, 0, 0.5, 0.5, 0.5] }),
  // Dinars, including the external grants the city managed.
  ...yearly('GOV_BUDGET', 'budget', { '': [180000, 165000, 215000, 285000, 372000, 468000] }),
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
