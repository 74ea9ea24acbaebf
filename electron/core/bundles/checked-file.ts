import { createHash } from 'node:crypto';
import type { ManifestFile } from '../../../shared/bundle/bundle-manifest';
import { streamZipEntry, ZipError, type InflateBudget, type ZipEntry } from '../files/zip';
import type { BundleLimits } from './bundle-limits';
import { BundleRejected } from './bundle-rejected';
import { looksLikeArchive } from './entry-names';
import { countRecords } from './record-count';

/**
 * One listed file of a bundle read against what the manifest signed: the same check wherever the
 * file is read (on the import's thread, or on the thread that reads a bundle's figures).
 */

export function fromZipError(error: unknown): unknown {
  if (!(error instanceof ZipError)) return error;
  switch (error.code) {
    case 'too_many_entries':
      return new BundleRejected('too_many_entries', error.message);
    case 'too_large':
    case 'ratio':
      return new BundleRejected('zip_bomb', error.message);
    case 'encrypted':
      return new BundleRejected('encrypted_entry', error.message);
    case 'unsupported_compression':
      return new BundleRejected('unsupported_compression', error.message);
    case 'size_mismatch':
      return new BundleRejected('size_mismatch', error.message);
    case 'crc_mismatch':
      return new BundleRejected('crc_mismatch', error.message);
    case 'damaged':
      return new BundleRejected('damaged', error.message);
  }
}

export function inflate(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, onChunk: (chunk: Uint8Array) => void): void {
  try {
    streamZipEntry(bytes, entry, budget, onChunk);
  } catch (error) {
    throw fromZipError(error);
  }
}

/**
 * Inflates one listed file, checking its SHA-256, size and record count against the manifest, and
 * hands its bytes to `onChunk` as they come. What `onChunk` throws is kept until the file is
 * checked, and answered: a changed file is refused as changed, whatever its content made the
 * reader say.
 */
export function checkFile(
  bytes: Uint8Array,
  entry: ZipEntry,
  file: ManifestFile,
  budget: InflateBudget,
  limits: BundleLimits,
  onChunk: (chunk: Uint8Array) => void = () => undefined,
): { failed: boolean; error: unknown } {
  const hash = createHash('sha256');
  const counter = countRecords(file.path, limits);
  let first = true;
  const reader: { failed: boolean; error: unknown } = { failed: false, error: null };
  inflate(bytes, entry, budget, (chunk) => {
    if (first && looksLikeArchive(chunk)) throw new BundleRejected('nested_archive', file.path);
    first = false;
    hash.update(chunk);
    counter.add(chunk);
    if (reader.failed) return;
    try {
      onChunk(chunk);
    } catch (error) {
      reader.failed = true;
      reader.error = error;
    }
  });
  // The archive's own size was checked while inflating; the signed size and hash are checked here.
  if (entry.uncompressedSize !== file.size || hash.digest('hex') !== file.sha256) throw new BundleRejected('hash_mismatch', file.path);
  if (counter.finish() !== file.records) throw new BundleRejected('record_count_mismatch', file.path);
  return reader;
}

