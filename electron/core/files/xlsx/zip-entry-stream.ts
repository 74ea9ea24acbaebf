import { Inflate } from 'fflate';
import { Crc32 } from './crc32';
import { StopParsing } from './stop-parsing';
import { XlsxError, xlsxMessages } from './xlsx-error';
import type { ZipEntry } from './zip-directory';

/** What may still be inflated from one workbook; shared by all parts read from it. */
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

function damaged(): XlsxError {
  return new XlsxError('damaged', xlsxMessages.damaged);
}

function tooLarge(): XlsxError {
  return new XlsxError('too_large', xlsxMessages.contentTooLarge);
}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length) throw damaged();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== localHeaderSignature) throw damaged();
  // Sizes come from the central directory: local headers may defer them to a trailing descriptor.
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw damaged();
  return bytes.subarray(start, end);
}

/**
 * Streams one entry's inflated bytes to `onChunk`, enforcing the budget and ratio on the bytes actually
 * produced (declared sizes are checked first but never trusted), then verifying size and CRC.
 */
export function streamZipEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, onChunk: (chunk: Uint8Array) => void): void {
  if (entry.flags & encryptedFlag) throw new XlsxError('encrypted', xlsxMessages.encrypted);
  const ratioCap = Math.max(ratioFloorBytes, budget.maxRatio * entry.compressedSize);
  const cap = Math.min(budget.remainingBytes, ratioCap);
  if (entry.uncompressedSize > cap) throw tooLarge();
  const input = compressedData(bytes, entry);
  const crc = new Crc32();
  let produced = 0;
  const accept = (chunk: Uint8Array): void => {
    produced += chunk.length;
    if (produced > cap) throw tooLarge();
    if (chunk.length === 0) return;
    crc.update(chunk);
    onChunk(chunk);
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
      // What the reader of the chunks threw is its own; only the inflater's own failures are damage.
      if (error instanceof XlsxError || error instanceof StopParsing) throw error;
      throw damaged();
    }
  } else {
    throw damaged();
  }

  if (produced !== entry.uncompressedSize || crc.value !== entry.crc32) throw damaged();
  budget.remainingBytes -= produced;
}
