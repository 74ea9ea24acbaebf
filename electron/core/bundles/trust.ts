import { verify } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { keyChangeStatement } from '../../../shared/bundle/bundle-manifest';
import type { BundleRejectionCode } from '../../../shared/bundle/bundle-rejection';
import { TrustRequest, TrustedKey } from '../../../shared/bundle/trust';
import { fingerprintOf, publicKeyFromBase64 } from '../city/signing-key';
import { FocalError } from '../errors';
import type { VerifiedBundle } from './read-bundle';

/**
 * The peers' keys the user confirmed (docs/bundle-format.md, "Verifying a bundle"). Only the user
 * adds a key — by confirming its fingerprint on a first import, or with `focal trust add` — and
 * only a change signed by a trusted key replaces it. Nothing a bundle says changes this list
 * by itself.
 */

const Row = z.object({ fingerprint: z.string(), public_key: z.string().nullable(), city: z.string().nullable(), trusted_at: z.string(), how: TrustedKey.shape.how, replaced_by: z.string().nullable() });

function toTrustedKey(row: z.infer<typeof Row>): TrustedKey {
  return TrustedKey.parse({ fingerprint: row.fingerprint, publicKey: row.public_key, city: row.city, trustedAt: row.trusted_at, how: row.how, replacedBy: row.replaced_by });
}

export function listTrustedKeys(db: Database): TrustedKey[] {
  return z.array(Row).parse(db.prepare('SELECT * FROM trusted_keys ORDER BY city, trusted_at').all()).map(toTrustedKey);
}

function findByFingerprint(db: Database, fingerprint: string): z.infer<typeof Row> | null {
  return Row.optional().parse(db.prepare('SELECT * FROM trusted_keys WHERE fingerprint = ?').get(fingerprint)) ?? null;
}

function currentKeyOf(db: Database, city: string): z.infer<typeof Row> | null {
  return Row.optional().parse(db.prepare('SELECT * FROM trusted_keys WHERE city = ? AND replaced_by IS NULL AND public_key IS NOT NULL ORDER BY trusted_at DESC LIMIT 1').get(city)) ?? null;
}

/** The user trusts a key: by its fingerprint alone, or with the key and its city from a bundle in hand. */
export function trustKey(db: Database, input: TrustRequest, now: Date, ownCity: string): TrustedKey {
  const request = TrustRequest.parse(input);
  if (request.publicKey !== undefined && fingerprintOf(Buffer.from(request.publicKey, 'base64')) !== request.fingerprint) {
    throw new FocalError('invalid_input', 'This fingerprint is not the fingerprint of this key.');
  }
  if (request.city === ownCity) throw new FocalError('invalid_input', 'This is your own city’s key: there is no need to trust it.');
  const existing = findByFingerprint(db, request.fingerprint);
  if (existing) {
    db.prepare('UPDATE trusted_keys SET public_key = coalesce(public_key, ?), city = coalesce(city, ?) WHERE fingerprint = ?').run(request.publicKey ?? null, request.city ?? null, request.fingerprint);
  } else {
    db.prepare('INSERT INTO trusted_keys (fingerprint, public_key, city, trusted_at, how) VALUES (?, ?, ?, ?, ?)').run(
      request.fingerprint,
      request.publicKey ?? null,
      request.city ?? null,
      now.toISOString(),
      request.publicKey === undefined ? 'fingerprint' : 'bundle',
    );
  }
  const row = findByFingerprint(db, request.fingerprint);
  if (!row) throw new FocalError('internal', 'The key was not kept.');
  return toTrustedKey(row);
}

export function removeTrustedKey(db: Database, fingerprint: string): void {
  const { changes } = db.prepare('DELETE FROM trusted_keys WHERE fingerprint = ?').run(fingerprint);
  if (changes === 0) throw new FocalError('not_found', 'No trusted key has this fingerprint.');
}

/**
 * Whether the bundle's signer may write to its city's space: a trusted key of that city, a new key
 * the trusted one signed over, or — when the user has just confirmed the fingerprint — a city's
 * first key. Writes what it decides (inside the import's transaction, so a dry run keeps nothing).
 */
export function admitSigner(db: Database, bundle: VerifiedBundle, userConfirmed: boolean, now: Date, how: 'bundle' | 'sample' = 'bundle'): BundleRejectionCode | null {
  const { city, publicKey } = bundle.manifest.sender;
  const known = findByFingerprint(db, bundle.fingerprint);
  if (known) {
    if (known.replaced_by !== null) return 'key_changed';
    if (known.city !== null && known.city !== city) return 'untrusted_key';
    db.prepare('UPDATE trusted_keys SET public_key = coalesce(public_key, ?), city = coalesce(city, ?) WHERE fingerprint = ?').run(publicKey, city, bundle.fingerprint);
    return null;
  }
  const current = currentKeyOf(db, city);
  if (current) {
    const change = bundle.manifest.keyChange;
    const oldKey = current.public_key === null ? null : publicKeyFromBase64(current.public_key);
    const signed =
      change !== undefined &&
      oldKey !== null &&
      change.previousPublicKey === current.public_key &&
      verify(null, Buffer.from(keyChangeStatement(city, publicKey), 'utf8'), oldKey, Buffer.from(change.signature, 'base64'));
    if (!signed) return 'key_changed';
    db.prepare("INSERT INTO trusted_keys (fingerprint, public_key, city, trusted_at, how) VALUES (?, ?, ?, ?, 'key-change')").run(bundle.fingerprint, publicKey, city, now.toISOString());
    db.prepare('UPDATE trusted_keys SET replaced_by = ? WHERE fingerprint = ?').run(bundle.fingerprint, current.fingerprint);
    return null;
  }
  if (!userConfirmed) return 'untrusted_key';
  db.prepare('INSERT INTO trusted_keys (fingerprint, public_key, city, trusted_at, how) VALUES (?, ?, ?, ?, ?)').run(bundle.fingerprint, publicKey, city, now.toISOString(), how);
  return null;
}
