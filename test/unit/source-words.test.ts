import { describe, expect, it } from 'vitest';
import type { Source } from '../../shared/domain/observation';
import { sourceName, sourceText } from '../../renderer/src/features/profile/sources/source-words';

const separators: Record<string, string> = { 'sources.separator': ', ' };
const t = (key: string) => separators[key] ?? key;
const arabicT = (key: string) => (key === 'sources.separator' ? '، ' : key);
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

const census: Source = { citation: 'Census 2024', publisher: 'National Statistics Institute', year: 2025, kind: 'census', titles: { en: '', fr: '', ar: '' } };

describe('a source as it is written', () => {
  it('is its citation, then publisher and year', () => {
    expect(plain(sourceText(census, 'en', t))).toBe('Census 2024, National Statistics Institute, 2025');
  });

  it('leaves out a publisher or a year it does not know: never ", X ()"', () => {
    expect(plain(sourceText({ ...census, publisher: '' }, 'en', t))).toBe('Census 2024, 2025');
    expect(plain(sourceText({ ...census, year: null }, 'en', t))).toBe('Census 2024, National Statistics Institute');
    expect(plain(sourceText({ ...census, publisher: '  ', year: null }, 'en', t))).toBe('Census 2024');
    expect(sourceText({ ...census, publisher: '', year: null }, 'en', t)).not.toMatch(/,|\(\)/);
  });

  it('goes by its title in the language where it has one, else by its citation', () => {
    const titled = { ...census, titles: { en: '', fr: 'Recensement 2024', ar: 'التعداد العام 2024' } };
    expect(sourceName(titled, 'ar')).toBe('التعداد العام 2024');
    expect(sourceName(titled, 'fr')).toBe('Recensement 2024');
    expect(sourceName(titled, 'en')).toBe('Census 2024');
    expect(plain(sourceText(titled, 'ar', arabicT))).toBe('التعداد العام 2024، National Statistics Institute، 2025');
  });

  it('isolates each part, so a Latin publisher cannot reorder an Arabic line', () => {
    expect(sourceText(census, 'ar', arabicT)).toBe('\u2068Census 2024\u2069، \u2068National Statistics Institute\u2069، \u20682025\u2069');
  });

  it('writes the year as it is asked to (Arabic digits in an Arabic chart)', () => {
    const arabicYear = (year: number) => new Intl.NumberFormat('ar-EG', { useGrouping: false }).format(year);
    expect(plain(sourceText(census, 'ar', arabicT, arabicYear))).toBe('Census 2024، National Statistics Institute، ٢٠٢٥');
  });
});
