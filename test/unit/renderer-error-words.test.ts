import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, type ApiError } from '../../shared/api/result';
import type { UiLocale } from '../../shared/domain/locales';
import { importProblemCodes, type ImportProblemCode } from '../../shared/domain/observation-import';
import { errorNoticeText } from '../../renderer/src/components/error-notice-text';
import { describeProblem } from '../../renderer/src/features/profile/figures/describe-problem';
import { inUserLanguage } from '../../renderer/src/i18n/core-words';
import { resources } from '../../renderer/src/i18n/i18n';

/**
 * The core answers in English (for the CLI) beside a stable code; the Arabic and French screens
 * word every refusal themselves. These are the functions the error notices, the import summary,
 * the cell editor and the add-a-figure form show their text through.
 */

const translators: Partial<Record<UiLocale, TFunction>> = {};
const missing: string[] = [];

beforeAll(async () => {
  for (const locale of ['en', 'fr', 'ar'] as const) {
    const instance = i18next.createInstance();
    await instance.init({
      resources,
      lng: locale,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      saveMissing: true,
      missingKeyHandler: (_languages, _namespace, key) => missing.push(`${locale}: ${key}`),
    });
    translators[locale] = instance.t;
  }
});

function translator(locale: UiLocale): TFunction {
  const t = translators[locale];
  if (!t) throw new Error(`no ${locale} translator`);
  return t;
}

/** Details the core sends with each problem; the file_format reason is the CSV reader's English sentence. */
const coreReason = 'A quote opened on line 3 is never closed.';
const params: Record<ImportProblemCode, Record<string, string | number>> = {
  file_format: { reason: coreReason },
  no_header: { line: 2 },
  missing_column: { field: 'source' },
  extra_cells: { count: 7, columns: 5 },
  unknown_indicator: { value: 'XYZ' },
  missing_indicator: {},
  bad_period: { value: '20x4' },
  missing_period: {},
  unknown_code: { value: 'Q', dimension: 'sex' },
  unknown_district: { value: 'Tunisia' },
  dimension_not_allowed: { indicator: 'POP_TOTAL', dimension: 'status' },
  missing_value: {},
  bad_number: { value: 'x1' },
  negative_count: { value: -5 },
  not_integer: { value: 2.5 },
  percent_range: { value: 140 },
  ynp_value: { value: 'peut' },
  missing_source: {},
  unknown_flag: { value: 'z' },
  text_too_long: { limit: 500 },
  control_character: {},
  number_not_exact: { value: '12345678901234567' },
  unknown_source: { value: 'b1c2' },
  withheld_value: {},
  duplicate_row: {},
  parts_exceed_total: { dimension: 'sex', parts: 1200, total: 1000, period: '2024' },
  outlier: { value: 90000, previous: 1000, previousPeriod: '2023' },
  unknown_column: { name: 'colonne' },
};

/** Two Latin words in a row inside Arabic: what a leaked English sentence looks like (the params here are codes or single tokens). */
const englishPhrase = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/;
const arabicLetters = /[\u0600-\u06FF]/;

describe('problems found by the core, in the interface', () => {
  it.each(['fr', 'ar'] as const)('are all worded in %s, with no English sentence from the core', (locale) => {
    for (const code of importProblemCodes) {
      const text = describeProblem(translator(locale), code, params[code], null, locale);
      expect(text, code).not.toBe(describeProblem(translator('en'), code, params[code], null, 'en'));
      expect(text, code).not.toContain('quote');
      if (locale === 'ar') {
        expect(text, code).toMatch(arabicLetters);
        expect(text, code).not.toMatch(englishPhrase);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keep the CSV reader’s precise reason for English readers only', () => {
    expect(describeProblem(translator('en'), 'file_format', { reason: coreReason }, null, 'en')).toBe(`The file cannot be read: ${coreReason}`);
    const arabic = describeProblem(translator('ar'), 'file_format', { reason: coreReason }, null, 'ar');
    expect(arabic).toBe(translator('ar')('table.problems.file_format_generic'));
    expect(arabic).toMatch(/^تتعذّر قراءة الملف/);
  });

  it('name the breakdown and the field in the user’s language, and format numbers for it', () => {
    const t = translator('fr');
    expect(describeProblem(t, 'unknown_code', { value: 'Q', dimension: 'status' }, null, 'fr')).toBe('« Q » n’est pas une valeur connue pour : statut migratoire.');
    expect(describeProblem(t, 'parts_exceed_total', { dimension: 'sex', parts: 1200, total: 1000, period: '2024' }, null, 'fr')).toContain(new Intl.NumberFormat('fr').format(1200));
    expect(describeProblem(translator('ar'), 'missing_column', { field: 'source' }, null, 'ar')).not.toMatch(/source/);
  });

  it('read as a plain translated refusal when the code is one this interface does not know', () => {
    expect(describeProblem(translator('ar'), 'future_rule', { value: 'x' }, null, 'ar')).toBe('هذه القيمة غير مقبولة.');
    expect(describeProblem(translator('en'), 'future_rule', {}, null, 'en')).toBe('This value is not accepted.');
    expect(missing).toEqual([]);
  });
});

describe('a failed call, in an error notice', () => {
  const englishMessage = 'The data file could not be written (SQLITE_IOERR). Nothing was saved; your earlier data is intact.';

  it.each(['fr', 'ar'] as const)('shows in %s the translated headline for its code and no English detail', (locale) => {
    const english = translator('en');
    for (const code of errorCodes) {
      const error: ApiError = { code, message: englishMessage };
      const { title, detail } = errorNoticeText(translator(locale), error, locale);
      expect(detail, code).toBeNull();
      expect(title, code).not.toBe(english(`errors.${code}`));
      expect(title, code).not.toContain('SQLITE');
      if (locale === 'ar') {
        expect(title, code).toMatch(arabicLetters);
        expect(title, code).not.toMatch(englishPhrase);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps the core’s precise sentence as a detail in English', () => {
    expect(errorNoticeText(translator('en'), { code: 'storage_error', message: englishMessage }, 'en')).toEqual({
      title: 'Focal could not read or write its data on the disk. Nothing was saved; your earlier data is intact.',
      detail: englishMessage,
    });
    // A message that only repeats the headline adds nothing.
    expect(errorNoticeText(translator('en'), { code: 'internal', message: 'Something went wrong. Nothing was changed.' }, 'en').detail).toBeNull();
  });
});

describe('a sentence from the core shown as it is', () => {
  it('reaches English readers; the others get the interface’s own sentence', () => {
    const generic = () => translator('ar')('import.failedDetail');
    expect(inUserLanguage('en', 'The import stopped: out of memory. Nothing was changed.', generic)).toBe('The import stopped: out of memory. Nothing was changed.');
    expect(inUserLanguage('ar', 'The import stopped: out of memory. Nothing was changed.', generic)).toMatch(/^تعذّر على Focal إكمال هذا الاستيراد/);
    expect(inUserLanguage('fr', 'The import stopped.', () => translator('fr')('import.failedDetail'))).toMatch(/^Focal n’a pas pu terminer cet import/);
    // An empty sentence is no answer, even in English.
    expect(inUserLanguage('en', ' ', () => 'generic')).toBe('generic');
  });
});
