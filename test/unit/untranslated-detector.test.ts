import { describe, expect, it } from 'vitest';
import { englishTexts, sampleCityData, untranslatedDetector } from '../e2e/support/untranslated';

// The e2e scan for English on French and Arabic screens is only worth something if it can fail:
// these plant English among real translated texts and check it is found, and data is not.

const at = (text: string) => ({ text, where: 'test screen: p' });

describe('the detector of English on a translated screen', () => {
  const french = untranslatedDetector(englishTexts('fr'), sampleCityData());
  const arabic = untranslatedDetector(englishTexts('ar'), sampleCityData());

  it('finds an English text of the interface, even with its placeholders filled in', () => {
    expect(french([at('Import a spreadsheet')]).map((f) => f.text)).toEqual(['Import a spreadsheet']);
    expect(arabic([at('Mapping saved: Tunis 2024.')])).toHaveLength(1);
    expect(arabic([at('1,204 rows were checked.')])).toHaveLength(1);
  });

  it('finds an English sentence no locale file holds, such as a core message', () => {
    const found = french([at('The built-in catalogue file cannot be read: it is damaged.')]);
    expect(found).toHaveLength(1);
    expect(found[0]?.reason).toMatch(/reads as English/);
    expect(found[0]?.where).toBe('test screen: p');
  });

  it('finds a list of the interface’s words left in English, such as a file’s columns', () => {
    expect(french([at('indicator, period, sex, age, status, origin, area, value, source, note, flags')])).toHaveLength(1);
    expect(french([at('Indicateur, Période, Sexe et Valeur')])).toEqual([]);
    // A French word that begins like an English one is not it ("Groupe 1" is not "Group {{number}}").
    expect(french([at('Groupe 1 : 7 4 1 1 0')])).toEqual([]);
  });

  it('finds the English name of a catalogue entry', () => {
    expect(arabic([at('Local Migration Governance Indicators (Local MGI)')])).toHaveLength(1);
  });

  it('says nothing about translated texts, numbers, codes, the language names or the sample city’s data', () => {
    const screen = [
      'Importer un tableur',
      'La ville et ses quartiers sont fictifs et ne doivent pas être cités.',
      'استيراد جدول بيانات',
      '1 077 512',
      '2024-S1',
      'POP_TOTAL',
      'English',
      'Français',
      'Annual population estimates 2019–2024',
      'National Statistics Institute (sample)',
    ].map(at);
    expect(french(screen)).toEqual([]);
    expect(arabic(screen)).toEqual([]);
  });
});
