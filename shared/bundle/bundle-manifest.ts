import { z } from 'zod';
import { CityCode, CityNames, CountryCode } from '../domain/city';

/**
 * The manifest of an exchange bundle (docs/bundle-format.md): who sent it to whom, when, in which
 * order, and every file it holds with its size, SHA-256 and record count. `manifest.sig` is the
 * sender's Ed25519 signature over the exact bytes of `manifest.json`, so nothing in the bundle can
 * change without the signature failing.
 */

export const bundleFormatId = 'focal-bundle';
/** The version this build writes. Older versions are upgraded on read (bundle-upgrades.ts). */
export const bundleFormatVersion = 1;
export const bundleExtension = '.focal';

/** Where the bundle is meant to be imported: one city, or every city of the network. */
export const Recipient = z.union([z.literal('network'), CityCode]);
export type Recipient = z.infer<typeof Recipient>;

/** Paths inside a bundle: lower-case ASCII segments, no `..`, nothing a file system could misread. */
export const BundlePath = z.string().regex(/^(?:[a-z0-9][a-z0-9._-]{0,63}\/){0,2}[a-z0-9][a-z0-9._-]{0,127}$/).refine((path) => !path.split('/').some((segment) => segment.includes('..')));

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
/** An Ed25519 public key: its 32 raw bytes in base64. */
const publicKeyBase64 = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);

export const ManifestFile = z
  .object({
    path: BundlePath,
    size: z.number().int().min(0),
    sha256: sha256Hex,
    /** Data rows of a CSV table or lines of an NDJSON file; 0 for descriptors. */
    records: z.number().int().min(0),
  })
  .strict();
export type ManifestFile = z.infer<typeof ManifestFile>;

export const BundleManifest = z
  .object({
    format: z.literal(bundleFormatId),
    formatVersion: z.number().int().min(1),
    bundleId: z.uuid(),
    sender: z
      .object({
        city: CityCode,
        names: CityNames,
        country: CountryCode.nullable(),
        publicKey: publicKeyBase64,
      })
      .strict(),
    recipients: Recipient,
    createdAt: z.iso.datetime(),
    appVersion: z.string().min(1).max(40),
    /** Rises by one with every bundle the sender makes, whoever it is for: an older one is a replay. */
    sequence: z.number().int().min(1),
    /** For "changes only": the sequence of the sender's previous bundle to the same recipients, whose content this one continues. */
    since: z.number().int().min(1).nullable(),
    /** Records changed up to this moment (Unix milliseconds) are in the bundle. */
    asOf: z.number().int().min(0),
    files: z.array(ManifestFile).max(64),
    /**
     * When the sender's key changed since an earlier bundle: the earlier key, and its signature over
     * `keyChangeStatement(city, publicKey)`. Without it a known city's new key is refused.
     */
    keyChange: z.object({ previousPublicKey: publicKeyBase64, signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/) }).strict().optional(),
  })
  .strict();
export type BundleManifest = z.infer<typeof BundleManifest>;

/** What an old key signs to hand a city over to its new key. */
export function keyChangeStatement(city: string, newPublicKey: string): string {
  return `focal-key-change:v1:${city}:${newPublicKey}`;
}
