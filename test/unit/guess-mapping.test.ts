import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../electron/core/observations/import/guess-mapping';

/** What the mapping step proposes before the user corrects anything. */
describe('the guessed mapping', () => {
  it('takes a column of countries for neither the indicator nor the districts, and a Stock column for the value', () => {
    const mapping = guessMapping([
      ['Indicator', 'Year', 'Area', 'Sex', 'Stock', 'Source'],
      ['MIG_FOREIGN_RES', '2020', 'Tunisia', 'Both sexes', '60000', 'UN DESA'],
      ['MIG_FOREIGN_RES', '2020', 'Maroc', 'Both sexes', '102000', 'UN DESA'],
      ['MIG_FOREIGN_RES', '2020', 'الجزائر', 'Both sexes', '250000', 'UN DESA'],
    ]);
    expect(mapping.columns).toEqual({ indicator: 0, period: 1, sex: 3, value: 4, source: 5 });
    expect(mapping.rowFilters).toEqual([]);
  });

  it('keeps a country column headed as the origin, ISO and M49 codes included', () => {
    const mapping = guessMapping([
      ['indicator', 'period', 'origin', 'value', 'source'],
      ['MIG_FOREIGN_RES', '2024', 'CI', '4210', 'Register'],
      ['MIG_FOREIGN_RES', '2024', '202', '900', 'Register'],
      ['MIG_FOREIGN_RES', '2024', 'SN', '300', 'Register'],
    ]);
    expect(mapping.columns.origin).toBe(2);
  });

  it('never takes a column of country names headed "Indicator" for the indicator', () => {
    const mapping = guessMapping([
      ['Indicator', 'Year', 'Effectif', 'Source'],
      ['Tunisie', '2020', '5', 'X'],
      ['Maroc', '2020', '6', 'X'],
    ]);
    expect(mapping.columns.indicator).toBeUndefined();
    expect(mapping.columns.value).toBe(2);
  });

  it('proposes the last all-numeric column as the value when no column is named like one, in Arabic too', () => {
    expect(
      guessMapping([
        ['المؤشر', 'السنة', 'المصدر', 'Migrants'],
        ['POP_TOTAL', '2020', 'Census', '1 200'],
        ['POP_TOTAL', '2021', 'Census', '1 300'],
      ]).columns.value,
    ).toBe(3);
    expect(guessMapping([['المؤشر', 'السنة', 'العدد'], ['POP_TOTAL', '2020', '7']]).columns.value).toBe(2);
  });

  it('leaves district names alone: a district column is still the districts', () => {
    const mapping = guessMapping([
      ['indicator', 'period', 'area', 'value', 'source'],
      ['POP_TOTAL', '2024', 'Medina', '5', 'Census'],
      ['POP_TOTAL', '2024', 'Bab Souika', '6', 'Census'],
    ]);
    expect(mapping.columns.area).toBe(2);
  });
});
