import { BundleRejected } from './bundle-rejected';
import type { BundleLimits } from './bundle-limits';

/** Counts a file's records as its bytes stream by, and refuses a record over the limit for its kind. */
export interface RecordCounter {
  add(chunk: Uint8Array): void;
  finish(): number;
}

const lineFeed = 0x0a;
const quote = 0x22;

/**
 * CSV tables: records are the line ends outside quotes, less the header line. NDJSON: one record a
 * line. Anything else (the data package descriptor) holds no records but must stay small.
 */
export function countRecords(path: string, limits: BundleLimits): RecordCounter {
  if (path.endsWith('.csv')) return lineCounter(limits.maxCsvRecordBytes, 'csv_record_too_large', true);
  if (path.endsWith('.ndjson')) return lineCounter(limits.maxRecordBytes, 'json_too_large', false);
  let size = 0;
  return {
    add(chunk) {
      size += chunk.length;
      if (size > limits.maxManifestBytes * 4) throw new BundleRejected('json_too_large', path);
    },
    finish: () => 0,
  };
}

function lineCounter(maxLineBytes: number, tooLong: 'csv_record_too_large' | 'json_too_large', csv: boolean): RecordCounter {
  let lines = 0;
  let lineBytes = 0;
  let inQuotes = false;
  return {
    add(chunk) {
      for (let k = 0; k < chunk.length; k++) {
        const byte = chunk[k];
        if (csv && byte === quote) inQuotes = !inQuotes;
        if (byte === lineFeed && !inQuotes) {
          lines++;
          lineBytes = 0;
        } else if (++lineBytes > maxLineBytes) throw new BundleRejected(tooLong);
      }
    },
    finish() {
      // A last line without its line end still counts; the CSV header is not a record.
      const total = lines + (lineBytes > 0 ? 1 : 0);
      return csv ? Math.max(0, total - 1) : total;
    },
  };
}
