import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../renderer/src/i18n/i18n';
import { isolated } from '../../renderer/src/i18n/isolated';

// In an Arabic sentence a number, a period or a file name written left to right must keep its own
// order: every value the interface puts into a sentence is wrapped in FSI … PDI, in Arabic only.

const FSI = '\u2068';
const PDI = '\u2069';

describe('values inside a sentence', () => {
  it('are isolated in Arabic, whatever they are: a formatted number, a period, a file name', async () => {
    const t = (await createTranslator('ar')).t;
    expect(t('import.check.readyDetail', { count: 1204, formatted: '1,204' })).toContain(`${FSI}1,204${PDI}`);
    expect(t('import.mapping.previewTitle', { name: 'chiffres 2024-S1.csv' })).toContain(`${FSI}chiffres 2024-S1.csv${PDI}`);
  });

  it('are left as they are in English and French', async () => {
    const english = (await createTranslator('en')).t;
    const french = (await createTranslator('fr')).t;
    expect(english('import.check.readyDetail', { count: 1204, formatted: '1,204' })).toBe('1,204 rows were checked.');
    expect(french('import.mapping.previewTitle', { name: 'chiffres.csv' })).not.toMatch(/[\u2066-\u2069]/);
  });

  it('are isolated once only when they come isolated already, and hand-written isolates stay as written', async () => {
    const t = (await createTranslator('ar')).t;
    expect(t('import.mapping.previewTitle', { name: isolated('a.csv') })).toContain(`${FSI}a.csv${PDI}`);
    expect(t('import.mapping.previewTitle', { name: isolated('a.csv') })).not.toContain(`${FSI}${FSI}`);
    expect(t('import.choose.pointNumbers')).toContain('\u20661 234,5\u2069');
  });

  it('still tell a value the caller forgot: no isolate marks around nothing', async () => {
    const t = (await createTranslator('ar')).t;
    expect(t('import.mapping.previewTitle')).not.toContain(`${FSI}${PDI}`);
  });
});
