import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { CityCode } from '../../shared/domain/city';
import { emptyCityForm, formValuesOf, suggestCode, validateCityForm, type CityFormValues } from '../../renderer/src/features/setup/city-form-model';
import { resources } from '../../renderer/src/i18n/i18n';
import { mulberry32, seedFrom } from '../support/prng';
import { freshCoreForEachTest } from '../support/temp-core';

/** The city form of the first run and of the settings: what it refuses, in which words, and what it sends. */

const filled: CityFormValues = {
  code: 'tanger-tetouan',
  names: { en: 'Tangier-Tetouan', fr: 'Tanger-Tétouan', ar: 'طنجة تطوان' },
  country: 'ma',
  shore: 'south',
  focalPointName: 'Salma El Idrissi',
  focalPointEmail: 'salma@tanger.example',
  languages: ['ar', 'fr'],
};

describe('the city form', () => {
  it('names every missing field of an empty form, each with a message in English, French and Arabic', async () => {
    const result = validateCityForm(emptyCityForm, true);
    if (result.ok) throw new Error('an empty form was accepted');
    expect(result.errors).toEqual({
      code: 'cityForm.errors.code',
      'names.en': 'cityForm.errors.name',
      'names.fr': 'cityForm.errors.name',
      'names.ar': 'cityForm.errors.name',
      country: 'cityForm.errors.country',
      shore: 'cityForm.errors.shore',
      'focalPoint.name': 'cityForm.errors.focalPointName',
      'focalPoint.email': 'cityForm.errors.focalPointEmail',
      languages: 'cityForm.errors.languages',
    });
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'en', fallbackLng: false });
    for (const key of new Set(Object.values(result.errors))) {
      for (const lng of ['en', 'fr', 'ar']) expect(i18n.exists(key ?? '', { lng }), `${lng}: ${key}`).toBe(true);
    }
  });

  it('accepts a complete form and sends the details the core expects (country upper-cased, names trimmed)', () => {
    const result = validateCityForm({ ...filled, names: { ...filled.names, fr: '  Tanger-Tétouan ' } }, true);
    expect(result).toEqual({
      ok: true,
      code: 'tanger-tetouan',
      details: {
        names: { en: 'Tangier-Tetouan', fr: 'Tanger-Tétouan', ar: 'طنجة تطوان' },
        country: 'MA',
        shore: 'south',
        focalPoint: { name: 'Salma El Idrissi', email: 'salma@tanger.example' },
        languages: ['ar', 'fr'],
      },
    });
  });

  it('points at the one field that is wrong', () => {
    const errorsOf = (values: CityFormValues, withCode = true) => {
      const result = validateCityForm(values, withCode);
      return result.ok ? {} : result.errors;
    };
    expect(errorsOf({ ...filled, focalPointEmail: 'salma at tanger' })).toEqual({ 'focalPoint.email': 'cityForm.errors.focalPointEmail' });
    expect(errorsOf({ ...filled, code: 'Tanger Tétouan' })).toEqual({ code: 'cityForm.errors.code' });
    expect(errorsOf({ ...filled, country: 'MAR' })).toEqual({ country: 'cityForm.errors.country' });
    expect(errorsOf({ ...filled, names: { ...filled.names, ar: '   ' } })).toEqual({ 'names.ar': 'cityForm.errors.name' });
    expect(errorsOf({ ...filled, languages: [] })).toEqual({ languages: 'cityForm.errors.languages' });
    // A name pasted with a direction override or an escape says so, not "give the name".
    expect(errorsOf({ ...filled, names: { ...filled.names, fr: 'Tanger\u202e' } })).toEqual({ 'names.fr': 'cityForm.errors.controlCharacter' });
    expect(errorsOf({ ...filled, focalPointName: 'Salma\u001b[2J' })).toEqual({ 'focalPoint.name': 'cityForm.errors.controlCharacter' });
    // In the settings the code is fixed for good: whatever it holds is not checked again.
    expect(errorsOf({ ...filled, code: 'Old Code' }, false)).toEqual({});
  });

  it('shows the saved city unchanged, and saving it as shown gives back the same details', () => {
    const first = validateCityForm(filled, true);
    if (!first.ok) throw new Error('the filled form was refused');
    const shown = formValuesOf(first.details, first.code);
    expect(shown).toEqual({ ...filled, country: 'MA' });
    expect(validateCityForm(shown, false)).toEqual(first);
  });
});

describe('the code suggested from the English name', () => {
  it('reads like the name, without accents, spaces or capitals', () => {
    expect(suggestCode('Tanger-Tétouan')).toBe('tanger-tetouan');
    expect(suggestCode('Málaga')).toBe('malaga');
    expect(suggestCode("L'Aquila")).toBe('l-aquila');
    expect(suggestCode('  Sfax  ')).toBe('sfax');
    expect(suggestCode('2 Mars')).toBe('mars');
    // Letters that have no accent to remove are spelled out (the random test below found "ßßQ" → "q").
    expect(suggestCode('Łódź')).toBe('lodz');
    expect(suggestCode('Großstadt')).toBe('grossstadt');
    expect(suggestCode('Q')).toBe('');
    // A name in Arabic script only gives nothing to suggest: the focal point types the code.
    expect(suggestCode('تونس')).toBe('');
  });

  it('is always a code the form accepts, or nothing at all', () => {
    const prng = mulberry32(seedFrom('FOCAL_CITY_CODE_SEED', 0xc17e));
    const pieces = ['Sfax', 'Tanger', 'Tétouan', 'Málaga', 'Ōsaka', 'Çanakkale', 'İzmir', 'Łódź', 'ß', 'æ', 'x', 'Q', '2', '99', '-', ' ', "'", '.', 'تونس', 'Αθήνα', 'É', '\u0301'];
    for (let i = 0; i < 3000; i += 1) {
      const name = Array.from({ length: 1 + prng.below(8) }, () => pieces[prng.below(pieces.length)] ?? '').join('');
      const code = suggestCode(name);
      if (code !== '') expect(CityCode.safeParse(code).success, `seed ${prng.seed}: "${name}" → "${code}"`).toBe(true);
    }
  });
});

describe('the form’s details, set up in the real core', () => {
  const current = freshCoreForEachTest();

  it('are accepted as they are and read back the same', async () => {
    const checked = validateCityForm(filled, true);
    if (!checked.ok) throw new Error('the filled form was refused');
    const city = await current.t.call('city.setup', { code: checked.code, ...checked.details });
    expect(formValuesOf({ names: city.names, country: city.country, shore: city.shore, focalPoint: city.focalPoint, languages: city.languages }, city.code)).toEqual({ ...filled, country: 'MA' });
  });
});
