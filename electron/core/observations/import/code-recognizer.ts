import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { Dimension, Unit } from '../../../../shared/domain/catalogue';
import { Labels } from '../../../../shared/domain/labels';
import { uiLocales } from '../../../../shared/domain/locales';
import { foldForSearch } from '../../../../shared/domain/search-text';
import { answerAliases, codeAliases, flagAliases, totalAliases } from './label-aliases';

/**
 * Turns what a spreadsheet says into catalogue codes: a code as is, or a label in any interface
 * language ("Femmes", "Female", "أنثى" → F), or a common synonym. Answers are cached per distinct
 * text because a file repeats the same few labels on every row.
 */

export interface IndicatorInfo {
  code: string;
  unit: Unit;
  dimensions: ReadonlySet<Dimension>;
}

const IndicatorRow = z.object({ code: z.string(), unit: Unit, dimensions: z.string(), name: z.string() });
const ValueRow = z.object({ codelist: Dimension, code: z.string(), name: z.string() });

/** Folds a label the way people vary it: case, accents, Arabic letter forms, quote and dash shapes. */
export function foldLabel(text: string): string {
  return foldForSearch(text)
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s*-\s*/g, '-');
}

/**
 * What a recogniser knows, as plain rows: read from the store in one place, and sent as is to a
 * thread that checks a file beside the one writing it (a bundle's figures, see figure-reader.ts).
 */
export const CodeCatalogue = z.object({
  indicators: z.array(IndicatorRow),
  values: z.array(ValueRow),
  countries: z.array(z.string()),
  districts: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type CodeCatalogue = z.infer<typeof CodeCatalogue>;

/** The codelists and countries, with the city's own indicators and live districts. */
export function readCodeCatalogue(db: Database, city: string): CodeCatalogue {
  return {
    indicators: z.array(IndicatorRow).parse(db.prepare('SELECT code, unit, dimensions, name FROM indicator_scope WHERE scope = ?').all(city)),
    values: z.array(ValueRow).parse(db.prepare('SELECT codelist, code, name FROM codelist_values').all()),
    countries: z
      .array(z.object({ code: z.string() }))
      .parse(db.prepare('SELECT code FROM countries').all())
      .map((row) => row.code),
    districts: z.array(z.object({ code: z.string(), name: z.string() })).parse(db.prepare('SELECT code, name FROM districts WHERE city = ? AND deleted = 0').all(city)),
  };
}

export class CodeRecognizer {
  private readonly indicators = new Map<string, IndicatorInfo>();
  private readonly indicatorLabels = new Map<string, IndicatorInfo>();
  private readonly labels = new Map<Dimension, Map<string, string>>();
  private readonly codes = new Map<Dimension, Set<string>>();
  private readonly cache = new Map<Dimension, Map<string, string | null>>();
  private readonly indicatorCache = new Map<string, IndicatorInfo | null>();
  private readonly answers = new Map<string, number>();
  private readonly flags = new Map<string, 'estimate' | 'provisional' | 'confidential'>();

  /** The recogniser of a city's files: the codelists, the countries and the city's own indicators and districts, as stored. */
  static of(db: Database, city: string): CodeRecognizer {
    return new CodeRecognizer(readCodeCatalogue(db, city));
  }

  constructor(catalogue: CodeCatalogue) {
    for (const row of catalogue.indicators) {
      const info: IndicatorInfo = { code: row.code, unit: row.unit, dimensions: new Set(z.array(Dimension).parse(JSON.parse(row.dimensions))) };
      this.indicators.set(row.code, info);
      this.indicatorLabels.set(foldLabel(row.code), info);
      for (const name of Object.values(Labels.parse(JSON.parse(row.name)))) this.indicatorLabels.set(foldLabel(name), info);
    }

    for (const dimension of Dimension.options) {
      this.labels.set(dimension, new Map(totalAliases.map((alias) => [foldLabel(alias), ''])));
      this.codes.set(dimension, new Set());
    }
    for (const row of catalogue.values) {
      this.codes.get(row.codelist)?.add(row.code);
      const labels = this.labels.get(row.codelist);
      labels?.set(foldLabel(row.code), row.code);
      for (const name of Object.values(Labels.parse(JSON.parse(row.name)))) labels?.set(foldLabel(name), row.code);
    }
    for (const [dimension, byCode] of Object.entries(codeAliases)) {
      const labels = this.labels.get(Dimension.parse(dimension));
      for (const [code, aliases] of Object.entries(byCode)) for (const alias of aliases) labels?.set(foldLabel(alias), code);
    }
    this.addCountryNames(catalogue.countries);
    this.addDistricts(catalogue.districts);
    for (const [word, value] of Object.entries(answerAliases)) this.answers.set(foldLabel(word), value);
    for (const [word, flag] of Object.entries(flagAliases)) this.flags.set(foldLabel(word), flag);
  }

  /** Country names in every interface language, from the platform's CLDR data. */
  private addCountryNames(countries: readonly string[]): void {
    const origins = this.labels.get('origin');
    const codes = this.codes.get('origin');
    if (!origins || !codes) return;
    for (const code of countries) {
      codes.add(code);
      origins.set(foldLabel(code), code);
      for (const name of foldedCountryNames(code)) origins.set(name, code);
    }
  }

  /**
   * The city's own districts, by code and by name in every language. A district is only ever one of
   * these: a file whose "Area" holds something else (countries, a typo) is refused on that line.
   */
  private addDistricts(districts: CodeCatalogue['districts']): void {
    const areas = this.labels.get('area');
    const codes = this.codes.get('area');
    if (!areas || !codes) return;
    for (const row of districts) {
      codes.add(row.code);
      areas.set(foldLabel(row.code), row.code);
      for (const name of Object.values(Labels.parse(JSON.parse(row.name)))) areas.set(foldLabel(name), row.code);
    }
  }

  /** Files give the same indicator row after row: the last answer is kept. */
  private lastIndicatorText = '';
  private lastIndicator: IndicatorInfo | null = null;

  indicator(text: string): IndicatorInfo | null {
    if (text === this.lastIndicatorText && text !== '') return this.lastIndicator;
    this.lastIndicatorText = text;
    this.lastIndicator = this.findIndicator(text);
    return this.lastIndicator;
  }

  private findIndicator(text: string): IndicatorInfo | null {
    const exact = this.indicators.get(text);
    if (exact) return exact;
    const cached = this.indicatorCache.get(text);
    if (cached !== undefined) return cached;
    const found = this.indicatorLabels.get(foldLabel(text)) ?? null;
    this.indicatorCache.set(text, found);
    return found;
  }

  /** The code for a breakdown value: '' for a total, null when it is not recognised. */
  code(dimension: Dimension, text: string): string | null {
    if (text === '') return '';
    if (this.codes.get(dimension)?.has(text)) return text;
    let cache = this.cache.get(dimension);
    if (!cache) {
      cache = new Map();
      this.cache.set(dimension, cache);
    }
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const found = this.recognise(dimension, text);
    cache.set(text, found);
    return found;
  }

  private recognise(dimension: Dimension, text: string): string | null {
    const folded = foldLabel(text);
    const known = this.labels.get(dimension)?.get(folded);
    if (known !== undefined) return known;
    if (dimension === 'origin') return /^[0-9]{3}$/.test(folded) ? folded : null;
    if (dimension === 'age') return ageBand(folded);
    return null;
  }

  answer(text: string): number | null {
    return this.answers.get(foldLabel(text)) ?? null;
  }

  flag(text: string): 'estimate' | 'provisional' | 'confidential' | null {
    return this.flags.get(foldLabel(text)) ?? null;
  }
}

/** Reads an age band written as numbers: "15-24 ans", "15 à 24", "65 +", "< 15". */
function ageBand(folded: string): string | null {
  const numbers = (folded.match(/\d+/g) ?? []).map(Number);
  const [low, high] = numbers;
  if (numbers.length === 2 && low !== undefined && high !== undefined) {
    const bands: Record<string, string> = { '0-14': 'Y_LT15', '15-24': 'Y15T24', '25-54': 'Y25T54', '55-64': 'Y55T64' };
    return bands[`${low}-${high}`] ?? null;
  }
  if (numbers.length === 1 && low === 65 && /\+|plus|over|older|فاكثر|فوق/.test(folded)) return 'Y_GE65';
  if (numbers.length === 1 && low === 15 && /<|under|moins|less|اقل/.test(folded)) return 'Y_LT15';
  return null;
}

const countryNames = new Map<string, string[]>();
let displayNames: Intl.DisplayNames[] | null = null;

/**
 * A country's names in the three languages, folded. The same for the whole life of the process, and
 * asked for by every recogniser (each import, each cell saved in the table): worked out once.
 */
export function foldedCountryNames(code: string): string[] {
  const known = countryNames.get(code);
  if (known) return known;
  displayNames ??= uiLocales.map((locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));
  const names = displayNames.map((names) => names.of(code)).filter((name): name is string => name !== undefined).map(foldLabel);
  countryNames.set(code, names);
  return names;
}
