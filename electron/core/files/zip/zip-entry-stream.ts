import { crc32 } from 'node:zlib';
import { Inflate } from 'fflate';
import type { ZipEntry } from './zip-directory';
import { ZipError } from './zip-error';

/** What may still be inflated from one zip; shared by all entries read from it. */
export interface InflateBudget {
  remainingBytes: number;
  readonly maxRatio: number;
}

const localHeaderSignature = 0x04034b50;
const encryptedFlag = 0x0001;
const stored = 0;
const deflated = 8;
/** Small parts may compress extremely well (a run of empty cells) without being a threat. */
const ratioFloorBytes = 1024 * 1024;
/** Compressed input per inflate step: bounds the output of one step to about a thousand times this. */
const inputStepBytes = 16 * 1024;

function damaged(detail: string): ZipError {
  return new ZipError('damaged', `damaged zip entry: ${detail}`);
}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length) throw damaged('its local header lies outside the file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== localHeaderSignature) throw damaged('no local header where the directory points');
  // Sizes come from the central directory: local headers may defer them to a trailing descriptor.
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged('its data runs past the end of the file');
  return bytes.subarray(start, end);
}

/**
 * Streams one entry's inflated bytes to `onChunk`, enforcing the budget and ratio on the bytes actually
 * produced (declared sizes are checked first but never trusted), then verifying size and CRC. What
 * `onChunk` throws comes out unchanged, so a reader may stop early by throwing its own error.
 */
export function streamZipEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, onChunk: (chunk: Uint8Array) => void): void {
  if (entry.flags & encryptedFlag) throw new ZipError('encrypted', 'the entry is encrypted');
  const ratioCap = Math.max(ratioFloorBytes, budget.maxRatio * entry.compressedSize);
  const cap = Math.min(budget.remainingBytes, ratioCap);
  const overCap = (): ZipError =>
    cap === ratioCap && ratioCap < budget.remainingBytes
      ? new ZipError('ratio', `the entry inflates to more than ${budget.maxRatio} times its compressed size`)
      : new ZipError('too_large', 'the entries inflate to more bytes than allowed');
  if (entry.uncompressedSize > cap) throw overCap();
  const input = compressedData(bytes, entry);
  let crc = 0;
  let produced = 0;
  let consumerError: unknown = null;
  const accept = (chunk: Uint8Array): void => {
    produced += chunk.length;
    if (produced > cap) throw overCap();
    if (chunk.length === 0) return;
    crc = crc32(chunk, crc);
    try {
      onChunk(chunk);
    } catch (error) {
      consumerError = error;
      throw error;
    }
  };

  if (entry.compression === stored) {
    for (let at = 0; at < input.length; at += inputStepBytes) accept(input.subarray(at, at + inputStepBytes));
  } else if (entry.compression === deflated) {
    const inflater = new Inflate(accept);
    try {
      if (input.length === 0) inflater.push(input, true);
      for (let at = 0; at < input.length; at += inputStepBytes) {
        inflater.push(input.subarray(at, at + inputStepBytes), at + inputStepBytes >= input.length);
      }
    } catch (error) {
      // What the reader of the chunks threw, or the limits, are not damage; the inflater's own failures are.
      if (error instanceof ZipError || (consumerError !== null && error === consumerError)) throw error;
      throw damaged('its deflated data is corrupt');
    }
  } else {
    throw new ZipError('unsupported_compression', `compression method ${entry.compression}`);
  }

  if (produced !== entry.uncompressedSize) throw new ZipError('size_mismatch', `the entry inflated to ${produced} bytes, not the ${entry.uncompressedSize} declared`);
  if (crc !== entry.crc32) throw new ZipError('crc_mismatch', 'the entry inflated to bytes whose CRC-32 differs from the declared one');
  budget.remainingBytes -= produced;
}
