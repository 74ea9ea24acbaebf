import { z } from 'zod';
import { CityCode } from '../domain/city';

/** Six groups of five digits, as `focal keys show` prints them; typed with or without the spaces. */
export const Fingerprint = z
  .string()
  .trim()
  .transform((text) => text.replace(/[\s-]+/g, ''))
  .pipe(z.string().regex(/^\d{30}$/, 'A fingerprint is 30 digits, usually written as six groups of five.'))
  .transform((digits) => digits.match(/\d{5}/g)?.join(' ') ?? digits);

export const TrustedKey = z.object({
  fingerprint: z.string(),
  /** Null while the key is trusted by its fingerprint alone, before its first bundle arrives. */
  publicKey: z.string().nullable(),
  city: CityCode.nullable(),
  trustedAt: z.string(),
  how: z.enum(['bundle', 'fingerprint', 'key-change', 'sample']),
  /** The fingerprint of the key that replaced it by a change the old key signed. */
  replacedBy: z.string().nullable(),
});
export type TrustedKey = z.infer<typeof TrustedKey>;

export const TrustRequest = z
  .object({
    fingerprint: Fingerprint,
    /** The key itself, when the user trusts it from a bundle in hand. */
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/).optional(),
    city: CityCode.optional(),
  })
  .strict();
export type TrustRequest = z.input<typeof TrustRequest>;
