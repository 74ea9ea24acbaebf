import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * A bundle's entries as an independent zip reader (fflate's, not Focal's) sees them, and a way to
 * pack changed entries back into a well-formed zip: so a test can change what a bundle says while
 * its archive stays valid, and reach the signature and hash checks behind the archive checks.
 */
export function bundleEntries(file: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(file));
}

export function entryText(entries: Record<string, Uint8Array>, path: string): string {
  const bytes = entries[path];
  if (!bytes) throw new Error(`no entry ${path} in the bundle`);
  return strFromU8(bytes);
}

export function repack(entries: Record<string, Uint8Array | string>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(entries)) zippable[name] = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return zipSync(zippable, { level: 6 });
}

/**
 * A bundle re-signed after changes: every file's size, hash and record count recomputed, the
 * manifest changed as asked and signed with `privateKey` — what a sender (or an attacker holding
 * the key) could make. Record counts assume no line break inside a quoted CSV field.
 */
export function forge(entries: Record<string, Uint8Array | string>, change: (manifest: Record<string, unknown>) => Record<string, unknown>, privateKey: KeyObject): Uint8Array {
  const bytesOf = (content: Uint8Array | string): Uint8Array => (typeof content === 'string' ? new TextEncoder().encode(content) : content);
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(entries)) if (name !== 'manifest.json' && name !== 'manifest.sig') files[name] = bytesOf(content);
  const listing = Object.entries(files).map(([path, bytes]) => {
    const lines = strFromU8(bytes).split('\n').length - 1;
    const records = path.endsWith('.csv') ? Math.max(0, lines - 1) : path.endsWith('.ndjson') ? lines : 0;
    return { path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), records };
  });
  const manifestEntry = entries['manifest.json'];
  if (manifestEntry === undefined) throw new Error('no manifest to change');
  const original: unknown = JSON.parse(strFromU8(bytesOf(manifestEntry)));
  if (typeof original !== 'object' || original === null) throw new Error('the manifest is not an object');
  const manifest = Buffer.from(JSON.stringify(change({ ...original, files: listing }), null, 2), 'utf8');
  return repack({ ...files, 'manifest.json': manifest, 'manifest.sig': sign(null, manifest, privateKey).toString('base64') });
}

/** A data folder's signing key, as the sender's own Focal would use it. */
export function signingKeyOf(dataDir: string): KeyObject {
  return createPrivateKey(readFileSync(join(dataDir, 'keys', 'signing-key.pem'), 'utf8'));
}

/** The 32 raw bytes of an Ed25519 public key, in base64, as manifests carry it. */
export function publicKeyBase64(key: KeyObject): string {
  return Buffer.from(createPublicKey(key).export({ format: 'jwk' }).x ?? '', 'base64url').toString('base64');
}
