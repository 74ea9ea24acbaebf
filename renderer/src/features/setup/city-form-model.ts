import { z } from 'zod';
import { CityCode, CityDetails, CountryCode, FocalPoint, Shore } from '../../../../shared/domain/city';
import type { WorkingLanguage } from '../../../../shared/domain/locales';
import { controlCharacterMessage } from '../../../../shared/domain/plain-text';

/** What the form edits, as strings the inputs hold. */
export interface CityFormValues {
  code: string;
  names: { en: string; fr: string; ar: string };
  country: string;
  shore: '' | 'north' | 'south';
  focalPointName: string;
  focalPointEmail: string;
  languages: WorkingLanguage[];
}

export const emptyCityForm: CityFormValues = {
  code: '',
  names: { en: '', fr: '', ar: '' },
  country: '',
  shore: '',
  focalPointName: '',
  focalPointEmail: '',
  languages: [],
};

/** In the app every field is required, although the CLI may leave some for later. */
const FormDetails = CityDetails.extend({ country: CountryCode, shore: Shore, focalPoint: FocalPoint });
const FormSetup = FormDetails.extend({ code: CityCode });

/** The translation key of each field's error message, by the schema path it comes from. */
const errorKeys: Record<string, string> = {
  code: 'cityForm.errors.code',
  'names.en': 'cityForm.errors.name',
  'names.fr': 'cityForm.errors.name',
  'names.ar': 'cityForm.errors.name',
  country: 'cityForm.errors.country',
  shore: 'cityForm.errors.shore',
  'focalPoint.name': 'cityForm.errors.focalPointName',
  'focalPoint.email': 'cityForm.errors.focalPointEmail',
  languages: 'cityForm.errors.languages',
};

export type FieldErrors = Partial<Record<keyof typeof errorKeys | string, string>>;

function toInput(values: CityFormValues) {
  return {
    code: values.code,
    names: values.names,
    country: values.country,
    shore: values.shore === '' ? null : values.shore,
    focalPoint: { name: values.focalPointName, email: values.focalPointEmail },
    languages: values.languages,
  };
}

/** Checks the form with the same schemas the core uses; returns translation keys by field path. */
export function validateCityForm(values: CityFormValues, withCode: boolean): { ok: true; details: CityDetails; code: string } | { ok: false; errors: FieldErrors } {
  const parsed = (withCode ? FormSetup : FormDetails.extend({ code: z.string() })).safeParse(toInput(values));
  if (parsed.success) {
    const { code, ...details } = parsed.data;
    return { ok: true, details, code };
  }
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    // A pasted name may carry an invisible control character: say that, not "give the name".
    const key = issue.message === controlCharacterMessage ? 'cityForm.errors.controlCharacter' : (errorKeys[path] ?? (path.startsWith('focalPoint') ? 'cityForm.errors.focalPointName' : undefined));
    if (key && !errors[path]) errors[path] = key;
  }
  return { ok: false, errors };
}

/** Latin letters that no accent removal turns into a-z. */
const spelledOut: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', þ: 'th' };

/**
 * A suggestion for the city code from its English name: "Tanger-Tétouan" → "tanger-tetouan",
 * "Łódź" → "lodz". Nothing ('') when the name gives no valid code (Arabic script only, one letter).
 */
export function suggestCode(name: string): string {
  const code = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđıþ]/g, (letter) => spelledOut[letter] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 40);
  return code.length >= 2 ? code : '';
}

export function formValuesOf(details: CityDetails, code: string): CityFormValues {
  return {
    code,
    names: { ...details.names },
    country: details.country ?? '',
    shore: details.shore ?? '',
    focalPointName: details.focalPoint?.name ?? '',
    focalPointEmail: details.focalPoint?.email ?? '',
    languages: [...details.languages],
  };
}
