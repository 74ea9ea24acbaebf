import { z } from 'zod';
import { Labels } from './labels';
import { uiLocales, workingLanguages } from './locales';
import { lineText } from './plain-text';

/** A city's stable slug: peers know the city by it, so it never changes after setup. */
export const CityCode = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'Use 2–40 lower-case letters, digits or hyphens, starting with a letter (e.g. "tunis").');

export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Use the two-letter ISO 3166-1 code (e.g. "TN").');

export const Shore = z.enum(['north', 'south']);
export type Shore = z.infer<typeof Shore>;

export const FocalPoint = z.object({
  name: lineText(200).pipe(z.string().min(1, 'Give the focal point’s name.')),
  email: z.email('Give an e-mail address such as name@city.example.'),
});
export type FocalPoint = z.infer<typeof FocalPoint>;

const cityNameText = lineText(120).pipe(z.string().min(1, 'Give the city’s name.'));

/** The city's name in every interface language. */
export const CityNames = z.object({ en: cityNameText, fr: cityNameText, ar: cityNameText });

/** What a focal point edits about their own city; setup and settings share it. */
export const CityDetails = z.object({
  names: CityNames,
  country: CountryCode.nullable(),
  shore: Shore.nullable(),
  focalPoint: FocalPoint.nullable(),
  languages: z.array(z.enum(workingLanguages)).min(1, 'Choose at least one working language.'),
});
export type CityDetails = z.infer<typeof CityDetails>;

export const CitySetup = CityDetails.extend({
  code: CityCode,
  locale: z.enum(uiLocales).optional(),
});
export type CitySetup = z.infer<typeof CitySetup>;

export const SigningKeyInfo = z.object({
  /** Digits in groups of five, so two people can compare it by phone in any language. */
  fingerprint: z.string(),
  publicKey: z.string(),
  createdAt: z.string(),
});
export type SigningKeyInfo = z.infer<typeof SigningKeyInfo>;

export const CityProfile = z.object({
  code: z.string(),
  names: Labels,
  country: z.string().nullable(),
  shore: Shore.nullable(),
  focalPoint: FocalPoint.nullable(),
  languages: z.array(z.enum(workingLanguages)),
  sample: z.boolean(),
  signingKey: SigningKeyInfo,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CityProfile = z.infer<typeof CityProfile>;

/** A peer city whose records this data folder holds (read-only): enough to name it and choose it. */
export const PeerCity = z.object({ code: z.string(), names: Labels, country: z.string().nullable() });
export type PeerCity = z.infer<typeof PeerCity>;
