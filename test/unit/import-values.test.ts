import { describe, expect, it } from 'vitest';
import { parseNumberText } from '../../electron/core/observations/import/number-text';
import { guessMapping } from '../../electron/core/observations/import/guess-mapping';
import { isValidPeriod, normalisePeriod } from '../../shared/domain/period';

describe('numbers as people type them', () => {
  it('reads thousands separators and decimal points', () => {
    expect(parseNumberText('1234', false)).toBe(1234);
    expect(parseNumberText('1,234,567', false)).toBe(1234567);
    expect(parseNumberText('1 234', false)).toBe(1234);
    expect(parseNumberText('1\u00a0234,5', true)).toBe(1234.5);
    expect(parseNumberText('1\u202f234', false)).toBe(1234);
    expect(parseNumberText('12.5', false)).toBe(12.5);
    expect(parseNumberText('-3', false)).toBe(-3);
    expect(parseNumberText('−3', false)).toBe(-3);
    expect(parseNumberText('45 %', false)).toBe(45);
  });

  it('reads decimal commas when the file uses them', () => {
    expect(parseNumberText('12,5', true)).toBe(12.5);
    expect(parseNumberText('1.234,5', true)).toBe(1234.5);
    expect(parseNumberText('1.234.567', true)).toBe(1234567);
    // In a decimal-comma file a point groups thousands: never a decimal mark.
    expect(parseNumberText('1.250', true)).toBe(1250);
    expect(parseNumberText('45.5', true)).toBeNull();
  });

  it('reads Arabic-Indic digits and Arabic separators', () => {
    expect(parseNumberText('١٢٣٤', false)).toBe(1234);
    expect(parseNumberText('١٬٢٣٤٫٥', false)).toBe(1234.5);
    expect(parseNumberText('۱۲', false)).toBe(12);
  });

  it('refuses what is not clearly a number rather than guessing', () => {
    expect(parseNumberText('12,5', false)).toBeNull();
    expect(parseNumberText('1,23', false)).toBeNull();
    expect(parseNumberText('1.2.3', false)).toBeNull();
    expect(parseNumberText('n/a', false)).toBeNull();
    expect(parseNumberText('', false)).toBeNull();
    expect(parseNumberText('12abc', false)).toBeNull();
  });
});

describe('periods', () => {
  it('accepts the five canonical shapes and rejects impossible dates', () => {
    for (const p of ['2024', '2024-S1', '2024-Q3', '2024-05', '2024-02-29']) expect(isValidPeriod(p)).toBe(true);
    for (const p of ['24', '2024-S3', '2024-Q5', '2024-13', '2023-02-29', '1800', '2024-5', 'FY2024']) expect(isValidPeriod(p)).toBe(false);
  });

  it('normalises what spreadsheets write', () => {
    expect(normalisePeriod(2021)).toBe('2021');
    expect(normalisePeriod('2021 Q3')).toBe('2021-Q3');
    expect(normalisePeriod('T2 2022')).toBe('2022-Q2');
    expect(normalisePeriod('S1 2023')).toBe('2023-S1');
    expect(normalisePeriod('2024/5')).toBe('2024-05');
    expect(normalisePeriod('2020.0')).toBe('2020');
    expect(normalisePeriod('last year')).toBeNull();
  });
});

describe('guessing the mapping', () => {
  it('maps the canonical tidy header completely', () => {
    const mapping = guessMapping([['indicator', 'period', 'sex', 'age', 'status', 'origin', 'area', 'value', 'source', 'note', 'flags']]);
    expect(mapping.headerRow).toBe(1);
    expect(mapping.columns).toEqual({ indicator: 0, period: 1, sex: 2, age: 3, status: 4, origin: 5, area: 6, value: 7, source: 8, note: 9, flags: 10 });
    expect(mapping.periodColumns).toEqual([]);
  });

  it('finds a header below a title and years spread across columns, in French', () => {
    const mapping = guessMapping([
      ['Population étrangère par sexe', null, null, null],
      [null, null, null, null],
      ['Indicateur', 'Sexe', '2021', 2022, '2023'],
      ['MIG_FOREIGN_RES', 'Femmes', '1 204', '1 350', '1 410,5'],
    ]);
    expect(mapping.headerRow).toBe(3);
    expect(mapping.columns).toEqual({ indicator: 0, sex: 1 });
    expect(mapping.periodColumns).toEqual([
      { column: 2, period: '2021' },
      { column: 3, period: '2022' },
      { column: 4, period: '2023' },
    ]);
    expect(mapping.decimalComma).toBe(true);
  });

  it('recognises Arabic column titles', () => {
    const mapping = guessMapping([['المؤشر', 'السنة', 'الجنس', 'القيمة', 'المصدر']]);
    expect(mapping.columns).toEqual({ indicator: 0, period: 1, sex: 2, value: 3, source: 4 });
  });
});
