import { createPrivateKey, createPublicKey, generateKeyPairSync, createHash, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import type { SigningKeyInfo } from '../../../shared/domain/city';
import { FocalError } from '../errors';
import { writeFileAtomic } from '../files/atomic-write';
import type { DataPaths } from '../paths';

/**
 * A fingerprint people can read aloud in Arabic, French or English alike: digits only, six
 * groups of five (about 100 bits), derived the way Signal derives its safety numbers.
 */
export function fingerprintOf(publicKeyRaw: Uint8Array): string {
  const digest = createHash('sha512').update(publicKeyRaw).digest();
  const groups: string[] = [];
  for (let i = 0; i < 6; i += 1) {
    let chunk = 0;
    for (let b = 0; b < 5; b += 1) chunk = chunk * 256 + (digest[i * 5 + b] ?? 0);
    groups.push(String(chunk % 100000).padStart(5, '0'));
  }
  return groups.join(' ');
}

function rawPublicKey(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new Error('Ed25519 public key without x coordinate');
  return Buffer.from(jwk.x, 'base64url');
}

function describe(privateKey: KeyObject, createdAt: string): SigningKeyInfo {
  const raw = rawPublicKey(createPublicKey(privateKey));
  return { publicKey: raw.toString('base64'), fingerprint: fingerprintOf(raw), createdAt };
}

/**
 * Returns the data folder's Ed25519 signing key, creating it only when none exists: an existing
 * key is never replaced, because peers trust the city by it. The private key file is owner-only.
 */
export function loadOrCreateSigningKey(paths: DataPaths, now: Date): SigningKeyInfo {
  mkdirSync(paths.keysDir, { recursive: true, mode: 0o700 });
  if (existsSync(paths.signingKey)) {
    // Tighten permissions a copy or an unzip may have loosened.
    if (process.platform !== 'win32' && (statSync(paths.signingKey).mode & 0o077) !== 0) chmodSync(paths.signingKey, 0o600);
    let privateKey: KeyObject | null;
    try {
      privateKey = createPrivateKey(readFileSync(paths.signingKey, 'utf8'));
    } catch {
      privateKey = null;
    }
    // Never replaced, never guessed at: a key file we cannot use stops setup with a plain reason.
    if (privateKey === null || privateKey.asymmetricKeyType !== 'ed25519') {
      throw new FocalError(
        'storage_error',
        `The signing key file ${paths.signingKey} is not a usable Ed25519 private key. Focal never replaces a key: restore the right file, or move this one away to create a new key.`,
      );
    }
    return describe(privateKey, statSync(paths.signingKey).mtime.toISOString());
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' });
  writeFileAtomic(paths.signingKey, typeof pem === 'string' ? pem : pem.toString('utf8'), 0o600);
  return describe(privateKey, now.toISOString());
}

/** The city's private key, to sign what it sends; loadOrCreateSigningKey has made sure it exists and is usable. */
export function readSigningKey(paths: DataPaths): KeyObject {
  try {
    const key = createPrivateKey(readFileSync(paths.signingKey, 'utf8'));
    if (key.asymmetricKeyType === 'ed25519') return key;
  } catch {
    // Reported below in the same words whatever went wrong.
  }
  throw new FocalError('storage_error', `The signing key file ${paths.signingKey} is missing or not a usable Ed25519 private key, so nothing can be signed.`);
}

/** An Ed25519 public key from its 32 raw bytes in base64, or null when it is not one. */
export function publicKeyFromBase64(base64: string): KeyObject | null {
  const raw = Buffer.from(base64, 'base64');
  if (raw.length !== 32) return null;
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
  } catch {
    return null;
  }
}
