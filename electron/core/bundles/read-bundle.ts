import { createHash, verify } from 'node:crypto';
import { z } from 'zod';
import { BundleManifest, bundleFormatId, bundleFormatVersion, type ManifestFile } from '../../../shared/bundle/bundle-manifest';
import type { BundleRejectionCode } from '../../../shared/bundle/bundle-rejection';
import { fingerprintOf, publicKeyFromBase64 } from '../city/signing-key';
import { readZipDirectory, type InflateBudget, type ZipEntry } from '../files/zip';
import { bundleLimits, type BundleLimits } from './bundle-limits';
import { BundleRejected } from './bundle-rejected';
import { upgradeManifest } from './bundle-upgrades';
import { checkFile, fromZipError, inflate } from './checked-file';
import { entryFault, entryIdentity } from './entry-names';
import { jsonDepthWithin } from './json-depth';

/** A bundle whose archive, manifest, signature and files all check out; trust and order are the importer's to judge. */
export interface VerifiedBundle {
  manifest: BundleManifest;
  /** The signer's fingerprint, in the groups people read aloud. */
  fingerprint: string;
  /** SHA-256 of the whole file: the same bundle imported again has the same. */
  contentSha256: string;
  /**
   * Streams one listed file's bytes to `onChunk`. A file left to check while it is read (see
   * `openBundle`) is checked as it streams; a fault of the file (hash, size, record count, the
   * archive) is what is thrown, before anything `onChunk` threw, which is thrown after the check.
   */
  read(path: string, onChunk: (chunk: Uint8Array) => void): void;
  /** Checks the files left to check that were not read: throws BundleRejected at the first fault. */
  checkUnread(): void;
  /**
   * A file left to check while it is read, as another thread needs it to read and check it there
   * (figure-reader.ts): the archive's bytes (shared with that thread, not copied), its entry, the
   * signed claims and what is left of the inflate budget. It stays unchecked here (`checkUnread`
   * checks it) until `checkedElsewhere` says the other thread found it as signed.
   */
  handOver(path: string): HandedFile;
  checkedElsewhere(path: string): void;
}

/** A listed file on its way to another thread: plain data that crosses threads as is. */
export interface HandedFile {
  bytes: Uint8Array;
  entry: ZipEntry;
  file: ManifestFile;
  remainingBytes: number;
}

/** The bytes in memory both threads can see: the file as read when it already is, a copy otherwise. */
function shareable(bytes: Uint8Array): Uint8Array {
  if (bytes.buffer instanceof SharedArrayBuffer) return bytes;
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return shared;
}

const manifestPath = 'manifest.json';
const signaturePath = 'manifest.sig';

/** The archive's entries by name, every one judged before anything is inflated. */
function checkedEntries(bytes: Uint8Array, limits: BundleLimits): Map<string, ZipEntry> {
  let entries: ZipEntry[] | null;
  try {
    entries = readZipDirectory(bytes, limits.maxEntries);
  } catch (error) {
    throw fromZipError(error);
  }
  if (entries === null) throw new BundleRejected('not_a_bundle');
  const byName = new Map<string, ZipEntry>();
  const identities = new Set<string>();
  for (const entry of entries) {
    const fault = entryFault(entry);
    if (fault) throw new BundleRejected(fault, entry.name);
    const identity = entryIdentity(entry.name);
    if (identities.has(identity)) throw new BundleRejected('duplicate_entry', entry.name);
    identities.add(identity);
    byName.set(entry.name, entry);
  }
  return byName;
}

function readSmall(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, maxBytes: number, tooLarge: BundleRejectionCode): Buffer {
  if (entry.uncompressedSize > maxBytes) throw new BundleRejected(tooLarge);
  const chunks: Uint8Array[] = [];
  let size = 0;
  inflate(bytes, entry, budget, (chunk) => {
    size += chunk.length;
    if (size > maxBytes) throw new BundleRejected(tooLarge);
    chunks.push(chunk);
  });
  return Buffer.concat(chunks);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseManifest(manifestBytes: Buffer, limits: BundleLimits): BundleManifest {
  let text: string;
  try {
    text = utf8.decode(manifestBytes);
  } catch {
    throw new BundleRejected('manifest_invalid', 'not UTF-8');
  }
  if (!jsonDepthWithin(text, limits.maxJsonDepth)) throw new BundleRejected('manifest_too_large', 'nested too deeply');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BundleRejected('manifest_invalid', 'not JSON');
  }
  const head = z.object({ format: z.string(), formatVersion: z.number().int() }).safeParse(json);
  if (!head.success || head.data.format !== bundleFormatId) throw new BundleRejected('not_a_bundle', 'no Focal format id');
  if (head.data.formatVersion > bundleFormatVersion) throw new BundleRejected('unsupported_version', `format version ${head.data.formatVersion}`);
  const manifest = BundleManifest.safeParse(upgradeManifest(json, head.data.formatVersion));
  if (!manifest.success) throw new BundleRejected('manifest_invalid', manifest.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  return manifest.data;
}

function checkSignature(manifest: BundleManifest, manifestBytes: Buffer, signatureBytes: Buffer): void {
  const text = signatureBytes.toString('latin1').trim();
  if (!/^[A-Za-z0-9+/]{86}==$/.test(text)) throw new BundleRejected('signature_invalid', 'not an Ed25519 signature in base64');
  const publicKey = publicKeyFromBase64(manifest.sender.publicKey);
  if (publicKey === null) throw new BundleRejected('manifest_invalid', 'the sender key is not an Ed25519 key');
  if (!verify(null, manifestBytes, publicKey, Buffer.from(text, 'base64'))) throw new BundleRejected('signature_invalid');
}

/**
 * Opens a received bundle and checks everything that needs no store: the archive's structure and
 * limits, every entry's name and kind, the manifest, the sender's signature over its exact bytes,
 * and each file's size, SHA-256 and record count against it. Throws BundleRejected with the first
 * fault; never anything else for bad input.
 *
 * The files in `checkWhileReading` are checked as they are read instead (`read`, `checkUnread`), so
 * that a large table is inflated once rather than twice: its reader must be one whose work is
 * undone when the file turns out changed (the import's transaction). Inflating the figures of a
 * million-row bundle a second time took 2 s and 44 MB of peak memory (docs/benchmarks.md).
 */
export function openBundle(bytes: Uint8Array, limits: BundleLimits = bundleLimits, checkWhileReading: ReadonlySet<string> = new Set()): VerifiedBundle {
  if (bytes.length > limits.maxFileBytes) throw new BundleRejected('file_too_large');
  const entries = checkedEntries(bytes, limits);
  const budget: InflateBudget = { remainingBytes: limits.maxUncompressedBytes, maxRatio: limits.maxRatio };
  const manifestEntry = entries.get(manifestPath);
  if (!manifestEntry) throw new BundleRejected(entries.size === 0 ? 'not_a_bundle' : 'manifest_missing');
  const manifestBytes = readSmall(bytes, manifestEntry, budget, limits.maxManifestBytes, 'manifest_too_large');
  const manifest = parseManifest(manifestBytes, limits);
  const signatureEntry = entries.get(signaturePath);
  if (!signatureEntry) throw new BundleRejected('signature_missing');
  checkSignature(manifest, manifestBytes, readSmall(bytes, signatureEntry, budget, 1024, 'signature_invalid'));

  const listed = new Map(manifest.files.map((file) => [file.path, file]));
  if (listed.size !== manifest.files.length || listed.has(manifestPath) || listed.has(signaturePath)) throw new BundleRejected('manifest_invalid', 'a file listed twice, or the manifest listing itself');
  for (const name of entries.keys()) {
    if (name !== manifestPath && name !== signaturePath && !listed.has(name)) throw new BundleRejected('unexpected_entry', name);
  }
  const unchecked = new Set<string>();
  for (const file of manifest.files) {
    const entry = entries.get(file.path);
    if (!entry) throw new BundleRejected('missing_file', file.path);
    if (checkWhileReading.has(file.path)) {
      // Declared sizes are judged now, the content when it is read.
      if (entry.uncompressedSize !== file.size) throw new BundleRejected('hash_mismatch', file.path);
      unchecked.add(file.path);
    } else checkFile(bytes, entry, file, budget, limits);
  }
  const check = (path: string, onChunk?: (chunk: Uint8Array) => void): void => {
    const entry = entries.get(path);
    const file = listed.get(path);
    if (!entry || !file) throw new BundleRejected('missing_file', path);
    const reader = checkFile(bytes, entry, file, budget, limits, onChunk);
    unchecked.delete(path);
    if (reader.failed) throw reader.error;
  };

  return {
    manifest,
    fingerprint: fingerprintOf(Buffer.from(manifest.sender.publicKey, 'base64')),
    contentSha256: createHash('sha256').update(bytes).digest('hex'),
    read(path, onChunk) {
      if (unchecked.has(path)) return check(path, onChunk);
      const entry = entries.get(path);
      if (!entry || !listed.has(path)) throw new BundleRejected('missing_file', path);
      // Checked above; read again within a budget of its own, so a second pass cannot run away either.
      inflate(bytes, entry, { remainingBytes: limits.maxUncompressedBytes, maxRatio: limits.maxRatio }, onChunk);
    },
    checkUnread() {
      for (const path of [...unchecked]) check(path);
    },
    handOver(path) {
      const entry = entries.get(path);
      const file = listed.get(path);
      if (!entry || !file || !unchecked.has(path)) throw new Error(`${path} is not a file left to check while it is read`);
      return { bytes: shareable(bytes), entry, file, remainingBytes: budget.remainingBytes };
    },
    checkedElsewhere(path) {
      unchecked.delete(path);
    },
  };
}
